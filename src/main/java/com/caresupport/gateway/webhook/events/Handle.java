package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A participant of a chat as Linq describes it ({@code shared.ChatHandle}): a phone number or email. */
@JsonNaming(SnakeCaseStrategy.class)
public record Handle(String id, String handle, Instant joinedAt, String service, Boolean isMe, Instant leftAt,
        String status) {
}
