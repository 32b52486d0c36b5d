package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Response of {@code GET /v3/payment_requests}: newest first, paged by {@code limit} and {@code offset}. */
public record PaymentRequestPage(List<PaymentRequest> data, Boolean hasMore, String object) {
}
