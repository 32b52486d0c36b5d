package com.caresupport.gateway.webhook.events;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The records {@link PayloadReader} reads with Jackson, for the native executable: Quarkus cannot see them, as
 * they are read from a tree rather than from a REST body. Nested records ({@code Data} ...) come with their owner.
 */
@RegisterForReflection(targets = {
        Handle.class, ChatRef.class, Part.class, Poll.class, MessageEvent.class, MessageFailedEvent.class,
        MessageEditedEvent.class, ReactionEvent.class, PollEvent.class, PollFailedEvent.class, PollUpdatedEvent.class,
        PollVoteEvent.class, ParticipantEvent.class, ChatCreatedEvent.class, GroupChatUpdatedEvent.class,
        GroupChatUpdateFailedEvent.class, BackgroundUpdatedEvent.class, BackgroundUpdateFailedEvent.class,
        TypingEvent.class, PhoneNumberStatusEvent.class, CallEvent.class, LocationSharingEvent.class,
        PaymentEvent.class, ConnectionEvent.class })
final class NativeEventReflection {

    private NativeEventReflection() {
    }
}
