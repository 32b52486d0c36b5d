package com.caresupport.gateway.webhook.events;

/**
 * A Linq webhook event, typed. Every stored delivery of a known type whose payload has its type's shape is fired
 * once per processing as exactly one of these; observe a single record ({@code @Observes PollVoteEvent}) or all
 * of them ({@code @Observes LinqEvent}) and switch on the record. Processing is at least once: an observer that
 * throws makes the whole event be processed again later, so observers must tolerate repeats
 * ({@link Envelope#eventId()} identifies one).
 */
public sealed interface LinqEvent permits MessageEvent, MessageFailedEvent, MessageEditedEvent, ReactionEvent,
        PollEvent, PollFailedEvent, PollUpdatedEvent, PollVoteEvent, ParticipantEvent, ChatCreatedEvent,
        GroupChatUpdatedEvent, GroupChatUpdateFailedEvent, BackgroundUpdatedEvent, BackgroundUpdateFailedEvent,
        TypingEvent, PhoneNumberStatusEvent, CallEvent, LocationSharingEvent, PaymentEvent, ConnectionEvent {

    /** The delivery around the event: type, ids, versions. */
    Envelope envelope();

    /** The Linq event type, e.g. {@code message.sent} for a {@link MessageEvent}. */
    default LinqEventType type() {
        return envelope().type();
    }
}
