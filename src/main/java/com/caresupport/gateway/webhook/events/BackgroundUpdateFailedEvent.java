package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import java.time.Instant;

/**
 * {@code chat.background_update_failed}: a requested background did not apply. The SDK publishes no payload type
 * for it, so nothing is required; the fields are those of its siblings ({@code chat.background_updated} names the
 * chat in {@code chat}, the group update failures in {@code chat_id}, {@code error_code}, {@code failed_at}).
 */
public record BackgroundUpdateFailedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The failure, as far as Linq says. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@Valid ChatRef chat, String chatId, Long errorCode, Instant failedAt) {
    }
}
