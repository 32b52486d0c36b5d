package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code connection.created}, {@code connection.revoked}: a customer handle was connected for agent payments, or
 * that connection revoked. The SDK publishes no payload type; the fields are those of
 * {@code PaymentHandleConnection}, all optional.
 */
public record ConnectionEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The connection: {@code status} is not_connected, pending, connected or revoked. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(String connectId, String handle, String status) {
    }
}
