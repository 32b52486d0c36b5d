package com.caresupport.gateway.payments;

import java.util.List;

/** A page of payment requests, newest first; ask for the next with {@code offset} + {@code limit}. */
public record PaymentRequestList(boolean success, List<PaymentRequestView> paymentRequests, boolean hasMore) {
}
