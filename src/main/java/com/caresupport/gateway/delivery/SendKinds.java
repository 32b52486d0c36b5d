package com.caresupport.gateway.delivery;

import com.caresupport.gateway.messaging.ChatCreated;
import com.caresupport.gateway.messaging.MessageSent;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.messaging.DirectMessage;
import com.caresupport.gateway.messaging.PersonSends;
import com.caresupport.gateway.messaging.PollSpec;
import com.caresupport.gateway.messaging.TargetedSends;
import com.caresupport.gateway.payments.PaymentRequestSpec;
import com.caresupport.gateway.payments.PaymentSends;
import com.caresupport.gateway.payments.PaymentSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every {@link SendKind} the gateway stores, by its stored {@link MessageRecord.Kind}. */
@ApplicationScoped
class SendKinds {

    private final SendKind<NewChat> chat;
    private final SendKind<NewMessage> message;
    private final Map<MessageRecord.Kind, SendKind<?>> byKind = new EnumMap<>(MessageRecord.Kind.class);
    private final SendKind<DirectMessage> direct;
    private final SendKind<PollSpec> poll;
    private final SendKind<TargetedSends.PollOptions> pollOptions;
    private final SendKind<TargetedSends.PollVote> vote;
    private final SendKind<TargetedSends.LocationAsk> location;
    private final SendKind<TargetedSends.AppCard> appCard;
    private final SendKind<PaymentRequestSpec> paymentRequest;
    private final SendKind<PaymentSpec> payment;

    SendKinds(MessagingService messaging, PersonSends sends, PaymentSends payments) {
        chat = add(new SendKind<>(MessageRecord.Kind.CHAT, NewChat.class, NewChat::recipients, NewChat::initialMessage,
                (request, chatId, key) -> answer(messaging.createChat(request, key))));
        message = add(new SendKind<>(MessageRecord.Kind.MESSAGE, NewMessage.class, request -> List.of(),
                NewMessage::text, (request, chatId, key) -> answer(messaging.sendMessage(chatId, request, key))));
        direct = add(new SendKind<>(MessageRecord.Kind.DIRECT, DirectMessage.class, DirectMessage::to,
                DirectMessage::text, (request, chatId, key) -> answer(sends.sendDirect(request, key))));
        poll = add(new SendKind<>(MessageRecord.Kind.POLL, PollSpec.class, request -> List.of(),
                request -> String.join(" / ", request.options()),
                (request, chatId, key) -> answer(sends.createPoll(chatId, request, key))));
        // The rest have no idempotency key at Linq: never repeated unless Linq provably did not act.
        pollOptions = add(new SendKind<>(MessageRecord.Kind.POLL_OPT, TargetedSends.PollOptions.class,
                request -> List.of(), request -> String.join(" / ", request.spec().options()),
                (request, chatId, key) -> answer(sends.addPollOptions(request, chatId)), false));
        vote = add(new SendKind<>(MessageRecord.Kind.VOTE, TargetedSends.PollVote.class, request -> List.of(),
                request -> null, (request, chatId, key) -> answer(sends.votePoll(request, chatId)), false));
        location = add(new SendKind<>(MessageRecord.Kind.LOCATION, TargetedSends.LocationAsk.class,
                request -> List.of(), request -> null,
                (request, chatId, key) -> answer(sends.requestLocation(chatId)), false));
        appCard = add(new SendKind<>(MessageRecord.Kind.APP_CARD, TargetedSends.AppCard.class, request -> List.of(),
                request -> request.spec().fallbackText() != null ? request.spec().fallbackText()
                        : request.spec().layout().caption(),
                (request, chatId, key) -> answer(sends.updateAppCard(request, chatId)), false));
        // Linq deduplicates both under the Idempotency-Key header.
        paymentRequest = add(new SendKind<>(MessageRecord.Kind.PAY_REQ, PaymentRequestSpec.class,
                PaymentRequestSpec::recipients, PaymentRequestSpec::description,
                (request, chatId, key) -> answer(payments.createPaymentRequest(request, chatId, key))));
        payment = add(new SendKind<>(MessageRecord.Kind.PAYMENT, PaymentSpec.class, request -> List.of(request.handle()),
                PaymentSpec::description, (request, chatId, key) -> answer(payments.createPayment(request, key))));
    }

    private <R> SendKind<R> add(SendKind<R> kind) {
        byKind.put(kind.kind(), kind);
        return kind;
    }

    SendKind<NewChat> chat() {
        return chat;
    }

    SendKind<NewMessage> message() {
        return message;
    }

    SendKind<DirectMessage> direct() {
        return direct;
    }

    SendKind<PollSpec> poll() {
        return poll;
    }

    SendKind<TargetedSends.PollOptions> pollOptions() {
        return pollOptions;
    }

    SendKind<TargetedSends.PollVote> vote() {
        return vote;
    }

    SendKind<TargetedSends.LocationAsk> location() {
        return location;
    }

    SendKind<TargetedSends.AppCard> appCard() {
        return appCard;
    }

    SendKind<PaymentRequestSpec> paymentRequest() {
        return paymentRequest;
    }

    SendKind<PaymentSpec> payment() {
        return payment;
    }

    SendKind<?> of(MessageRecord.Kind kind) {
        SendKind<?> found = byKind.get(kind);
        if (found == null) {
            throw new IllegalStateException("no send kind " + kind);
        }
        return found;
    }

    private static SendKind.LinqAnswer answer(ChatCreated created) {
        return new SendKind.LinqAnswer(created.chatId(), created.messageId(), created.service(), created.deliveryStatus());
    }

    private static SendKind.LinqAnswer answer(MessageSent sent) {
        return new SendKind.LinqAnswer(sent.chatId(), sent.messageId(), sent.service(), sent.deliveryStatus());
    }
}
