package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiFunction;

/** How one event type's {@code data} is read into its typed CDI event. */
@FunctionalInterface
interface Shape {

    LinqEvent read(Envelope envelope, JsonNode data, PayloadReader reader);

    /** The common case: {@code data} is one record. */
    static <D> Shape of(Class<D> type, BiFunction<Envelope, D, LinqEvent> event) {
        return (envelope, data, reader) -> event.apply(envelope, reader.read(data, type));
    }

    /** 2026-02-03 message fields sit at the top of {@code data}; 2025-01-01 ones under {@code data.message}. */
    Shape MESSAGE = (envelope, data, reader) -> new MessageEvent(envelope, data.has("message")
            ? reader.read(data, MessageEvent.Legacy.class).toData() : reader.read(data, MessageEvent.Data.class));
    Shape REACTION = of(ReactionEvent.Data.class, ReactionEvent::new);
    Shape POLL = of(PollEvent.Data.class, PollEvent::new);
    Shape POLL_VOTE = of(PollVoteEvent.Data.class, PollVoteEvent::new);
    Shape PARTICIPANT = of(ParticipantEvent.Data.class, ParticipantEvent::new);
    Shape GROUP_UPDATED = of(GroupChatUpdatedEvent.Data.class, GroupChatUpdatedEvent::new);
    Shape GROUP_UPDATE_FAILED = of(GroupChatUpdateFailedEvent.Data.class, GroupChatUpdateFailedEvent::new);
    Shape TYPING = of(TypingEvent.Data.class, TypingEvent::new);
    Shape CALL = of(CallEvent.Data.class, CallEvent::new);
    Shape LOCATION = of(LocationSharingEvent.Data.class, LocationSharingEvent::new);
    Shape PAYMENT = of(PaymentEvent.Data.class, PaymentEvent::new);
    Shape CONNECTION = of(ConnectionEvent.Data.class, ConnectionEvent::new);
}
