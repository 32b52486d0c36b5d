package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * {@code payment.succeeded}, {@code payment.canceled}, {@code payment.expired} (payment requests) and
 * {@code payment.declined}, {@code payment.authorized} (agent payments). The SDK publishes no payload type; its
 * docs say each event carries the request id, amount, currency and metadata, so the fields are those of
 * {@code PaymentRequest} and {@code Payment}, all optional.
 */
public record PaymentEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The payment or payment request ({@code amount} in a request, {@code amount_cents} in an agent payment). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(String id, String object, String status, Long amount, Long amountCents, String currency,
            String mode, String description, String handle, Map<String, String> metadata, Instant paidAt,
            Instant expiresAt) {
    }
}
