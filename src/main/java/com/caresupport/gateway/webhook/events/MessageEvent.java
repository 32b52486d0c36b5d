package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * {@code message.sent}, {@code message.received}, {@code message.read}, {@code message.delivered}: a message and
 * where it stands. 2025-01-01 payloads are read into the same {@link Data} (see {@link Legacy}).
 */
public record MessageEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The message ({@code MessageEventV2}); {@code direction} is inbound or outbound. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String id, @NotNull @Valid ChatRef chat, @NotNull String direction,
            List<@Valid @NotNull Part> parts, @Valid Handle senderHandle, String service, Instant sentAt,
            Instant deliveredAt, Instant readAt, Instant reconciledAt, String idempotencyKey, String preferredService,
            @Valid ReplyTo replyTo, @Valid Effect effect) {
    }

    /** The message this one answers. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record ReplyTo(String messageId, Long partIndex) {
    }

    /** A screen or bubble effect. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Effect(String type, String name) {
    }

    /** The 2025-01-01 payload: {@code chat_id}, {@code from}, {@code is_from_me} and the message under {@code message}. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Legacy(String chatId, String from, Boolean isFromMe, @NotNull @Valid LegacyMessage message) {

        Data toData() {
            return new Data(message.id(), new ChatRef(chatId, null, null, null),
                    Boolean.TRUE.equals(isFromMe) ? "outbound" : "inbound", message.parts(),
                    from == null ? null : new Handle(null, from, null, null, isFromMe, null, null), null,
                    message.sentAt(), message.deliveredAt(), message.readAt(), null, null, null, message.replyTo(),
                    message.effect());
        }
    }

    /** The message of a 2025-01-01 payload. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record LegacyMessage(@NotNull String id, List<@Valid @NotNull Part> parts, Instant sentAt,
            Instant deliveredAt, Instant readAt, @Valid ReplyTo replyTo, @Valid Effect effect) {
    }
}
