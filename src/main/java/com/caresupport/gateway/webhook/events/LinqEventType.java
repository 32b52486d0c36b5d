package com.caresupport.gateway.webhook.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every webhook event type Linq's SDK (linq-go 0.38.3, {@code WebhookEventType}) knows, each with the CDI event
 * it becomes. A type missing here is still stored and acknowledged, just not dispatched.
 */
public enum LinqEventType {
    MESSAGE_SENT("message.sent", Shape.MESSAGE),
    MESSAGE_RECEIVED("message.received", Shape.MESSAGE),
    MESSAGE_READ("message.read", Shape.MESSAGE),
    MESSAGE_DELIVERED("message.delivered", Shape.MESSAGE),
    MESSAGE_FAILED("message.failed", Shape.of(MessageFailedEvent.Data.class, MessageFailedEvent::new)),
    MESSAGE_EDITED("message.edited", Shape.of(MessageEditedEvent.Data.class, MessageEditedEvent::new)),
    REACTION_ADDED("reaction.added", Shape.REACTION),
    REACTION_REMOVED("reaction.removed", Shape.REACTION),
    POLL_RECEIVED("poll.received", Shape.POLL),
    POLL_FAILED("poll.failed", Shape.of(PollFailedEvent.Data.class, PollFailedEvent::new)),
    POLL_SENT("poll.sent", Shape.POLL),
    POLL_DELIVERED("poll.delivered", Shape.POLL),
    POLL_READ("poll.read", Shape.POLL),
    POLL_UPDATED("poll.updated", Shape.of(PollUpdatedEvent.Data.class, PollUpdatedEvent::new)),
    POLL_VOTE_ADDED("poll.vote.added", Shape.POLL_VOTE),
    POLL_VOTE_REMOVED("poll.vote.removed", Shape.POLL_VOTE),
    POLL_REACTION_ADDED("poll.reaction.added", Shape.REACTION),
    PARTICIPANT_ADDED("participant.added", Shape.PARTICIPANT),
    PARTICIPANT_REMOVED("participant.removed", Shape.PARTICIPANT),
    CHAT_CREATED("chat.created", Shape.of(ChatCreatedEvent.Data.class, ChatCreatedEvent::new)),
    CHAT_GROUP_NAME_UPDATED("chat.group_name_updated", Shape.GROUP_UPDATED),
    CHAT_GROUP_ICON_UPDATED("chat.group_icon_updated", Shape.GROUP_UPDATED),
    CHAT_GROUP_NAME_UPDATE_FAILED("chat.group_name_update_failed", Shape.GROUP_UPDATE_FAILED),
    CHAT_GROUP_ICON_UPDATE_FAILED("chat.group_icon_update_failed", Shape.GROUP_UPDATE_FAILED),
    CHAT_BACKGROUND_UPDATED("chat.background_updated",
            Shape.of(BackgroundUpdatedEvent.Data.class, BackgroundUpdatedEvent::new)),
    CHAT_BACKGROUND_UPDATE_FAILED("chat.background_update_failed",
            Shape.of(BackgroundUpdateFailedEvent.Data.class, BackgroundUpdateFailedEvent::new)),
    CHAT_TYPING_INDICATOR_STARTED("chat.typing_indicator.started", Shape.TYPING),
    CHAT_TYPING_INDICATOR_STOPPED("chat.typing_indicator.stopped", Shape.TYPING),
    PHONE_NUMBER_STATUS_UPDATED("phone_number.status_updated",
            Shape.of(PhoneNumberStatusEvent.Data.class, PhoneNumberStatusEvent::new)),
    CALL_INITIATED("call.initiated", Shape.CALL),
    CALL_RINGING("call.ringing", Shape.CALL),
    CALL_ANSWERED("call.answered", Shape.CALL),
    CALL_ENDED("call.ended", Shape.CALL),
    CALL_FAILED("call.failed", Shape.CALL),
    CALL_DECLINED("call.declined", Shape.CALL),
    CALL_NO_ANSWER("call.no_answer", Shape.CALL),
    LOCATION_SHARING_STARTED("location.sharing.started", Shape.LOCATION),
    LOCATION_SHARING_STOPPED("location.sharing.stopped", Shape.LOCATION),
    PAYMENT_SUCCEEDED("payment.succeeded", Shape.PAYMENT),
    PAYMENT_CANCELED("payment.canceled", Shape.PAYMENT),
    PAYMENT_EXPIRED("payment.expired", Shape.PAYMENT),
    PAYMENT_DECLINED("payment.declined", Shape.PAYMENT),
    PAYMENT_AUTHORIZED("payment.authorized", Shape.PAYMENT),
    CONNECTION_CREATED("connection.created", Shape.CONNECTION),
    CONNECTION_REVOKED("connection.revoked", Shape.CONNECTION);

    private static final Map<String, LinqEventType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(LinqEventType::wireName, Function.identity()));

    private final String wireName;
    final Shape shape;

    LinqEventType(String wireName, Shape shape) {
        this.wireName = wireName;
        this.shape = shape;
    }

    /** The name Linq puts in {@code event_type}, e.g. {@code poll.vote.added}. */
    public String wireName() {
        return wireName;
    }

    /** The type called {@code wireName} by Linq, or empty for a type this gateway does not know (yet). */
    public static Optional<LinqEventType> of(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }
}
