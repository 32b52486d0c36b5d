package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code call.initiated}, {@code call.ringing}, {@code call.answered}, {@code call.ended}, {@code call.failed},
 * {@code call.declined}, {@code call.no_answer}: a FaceTime call on one of the gateway's lines. The SDK publishes
 * no payload type for calls; the fields read are Linq's usual names, all optional, so any object is accepted.
 */
public record CallEvent(Envelope envelope, Data data) implements LinqEvent {

    /** What Linq says about the call, as far as the gateway reads it. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(String id, String chatId, String phoneNumber, String from, String to, String direction,
            String status) {
    }
}
