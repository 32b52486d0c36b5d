package com.caresupport.gateway.messaging;

import com.caresupport.gateway.config.LinqConfig;
import com.caresupport.gateway.config.Secret;
import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.ids.TimeOrderedIds;
import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.AttachmentRequest;
import com.caresupport.gateway.linq.wire.AttachmentUpload;
import com.caresupport.gateway.linq.wire.CreateChatRequest;
import com.caresupport.gateway.linq.wire.CreatedChat;
import com.caresupport.gateway.linq.wire.EditMessageRequest;
import com.caresupport.gateway.linq.wire.ReactionRequest;
import com.caresupport.gateway.linq.wire.SendMessageRequest;
import com.caresupport.gateway.linq.wire.SendMessageResponse;
import com.caresupport.gateway.linq.wire.SubscriptionRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoResponse;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The gateway's messaging operations, those of the older Python client and a few more. Every input is
 * validated here (so the API and the CLI refuse the same things before Linq is called), and every Linq call
 * goes through {@link LinqClient} and its fault-tolerance policies.
 *
 * <p>Sends and new chats are not made here but through the send path ({@code delivery.Outbox}), which stores,
 * deduplicates and checks them against opt-outs, then calls {@link #createChat} or {@link #sendMessage}.
 * They always carry an idempotency key, which is what makes retrying a send safe.
 */
@ApplicationScoped
public class MessagingService {

    private final LinqClient linq;
    private final LinqConfig config;
    private final Event<WebhookSubscribed> subscribed;
    private final Event<WebhookUnsubscribed> unsubscribed;
    private final RecipientGuard guard;
    private final Event<ParticipantChanged> participants;
    private final OwnReceiver ownReceiver;

    MessagingService(LinqClient linq, LinqConfig config, Event<WebhookSubscribed> subscribed, Event<WebhookUnsubscribed> unsubscribed, RecipientGuard guard,
            Event<ParticipantChanged> participants, OwnReceiver ownReceiver) {
        this.guard = guard;
        this.participants = participants;
        this.ownReceiver = ownReceiver;
        this.linq = linq;
        this.config = config;
        this.subscribed = subscribed;
        this.unsubscribed = unsubscribed;
    }

    /** A fresh idempotency key for one logical send. */
    public static String newIdempotencyKey() {
        return TimeOrderedIds.next();
    }

    /**
     * Linq's chat creation, and nothing more: only the send path ({@code delivery.Outbox}) calls it, after
     * storing the message and checking its recipients.
     */
    public ChatCreated createChat(@NotNull @Valid NewChat chat, @Size(max = 255) String idempotencyKey) {
        String key = idempotencyKey == null ? newIdempotencyKey() : idempotencyKey;
        CreateChatRequest request = new CreateChatRequest(sender(chat.fromPhone()), chat.recipients(),
                LinqMapping.firstMessage(chat, key));
        CreatedChat created = linq.createChat(request).chat();
        Log.debugf("Linq created chat %s over %s", created.id(), created.service());
        String service = created.message().service() != null ? created.message().service() : created.service();
        return new ChatCreated(true, created.id(), created.message().id(), service, created.message().deliveryStatus());
    }

    /** Linq's send, and nothing more: only the send path ({@code delivery.Outbox}) calls it. */
    public MessageSent sendMessage(@NotBlank String chatId, @NotNull @Valid NewMessage message,
            @Size(max = 255) String idempotencyKey) {
        String key = idempotencyKey == null ? newIdempotencyKey() : idempotencyKey;
        SendMessageResponse sent = linq.sendMessage(chatId, new SendMessageRequest(LinqMapping.content(message, key)));
        Log.debugf("Linq accepted message %s in chat %s", sent.message().id(), chatId);
        return new MessageSent(true, sent.chatId() == null ? chatId : sent.chatId(), sent.message().id(),
                sent.message().service(), sent.message().deliveryStatus());
    }

    public ChatList listChats(@E164 String fromPhone, @Min(1) @Max(100) Integer limit, String cursor) {
        var page = linq.listChats(fromPhone, null, limit, cursor);
        List<ChatView> chats = page.chats() == null ? List.of() : page.chats().stream().map(LinqMapping::chat).toList();
        return new ChatList(true, chats, LinqMapping.cursor(page.nextCursor()));
    }

    public ChatView getChat(@NotBlank String chatId) {
        return LinqMapping.chat(linq.getChat(chatId));
    }

    public MessageList getMessages(@NotBlank String chatId, @Min(1) @Max(100) Integer limit, String cursor) {
        var page = linq.listMessages(chatId, limit, cursor);
        List<MessageView> messages = page.messages() == null ? List.of()
                : page.messages().stream().map(LinqMapping::message).toList();
        return new MessageList(true, messages, LinqMapping.cursor(page.nextCursor()));
    }

    public MessageView getMessage(@NotBlank String messageId) {
        return LinqMapping.message(linq.getMessage(messageId));
    }

    /** Linq allows five edits within 15 minutes of sending, text parts only. */
    public MessageView editMessage(@NotBlank String messageId,
            @NotBlank @Size(max = LinqLimits.MAX_TEXT_LENGTH) String text, @Min(0) Integer partIndex) {
        return LinqMapping.message(linq.editMessage(messageId, new EditMessageRequest(text, partIndex)));
    }

    /** Deletes Linq's stored copy; recipients keep the message. */
    public ActionResult deleteMessage(@NotBlank String messageId) {
        linq.deleteMessage(messageId);
        return ActionResult.done();
    }

    public ActionResult startTyping(@NotBlank String chatId) {
        linq.startTyping(chatId);
        return ActionResult.done();
    }

    public ActionResult stopTyping(@NotBlank String chatId) {
        linq.stopTyping(chatId);
        return ActionResult.done();
    }

    public ActionResult markAsRead(@NotBlank String chatId) {
        linq.markRead(chatId);
        return ActionResult.done();
    }

    public ActionResult addReaction(@NotBlank String messageId, @NotNull @Valid ReactionSpec reaction) {
        return ActionResult.of(linq.react(messageId,
                ReactionRequest.add(reaction.reactionType(), reaction.customEmoji(), reaction.partIndex())).status());
    }

    /** Linq removes a reaction with the same call that added it, repeating its type (and emoji, and part). */
    public ActionResult removeReaction(@NotBlank String messageId, @NotNull @Valid ReactionSpec reaction) {
        return ActionResult.of(linq.react(messageId,
                ReactionRequest.remove(reaction.reactionType(), reaction.customEmoji(), reaction.partIndex())).status());
    }

    public VoiceMemoSent sendVoiceMemo(@NotBlank String chatId, @NotNull @Valid VoiceMemoSpec memo) {
        guard.checkChat(chatId);
        VoiceMemoResponse response = linq.sendVoiceMemo(chatId,
                new VoiceMemoRequest(memo.voiceMemoUrl(), memo.attachmentId()));
        var sent = response.voiceMemo();
        return new VoiceMemoSent(true, sent == null ? null : sent.id(), sent == null ? null : sent.status(),
                sent == null ? null : sent.service());
    }

    /** Works only once a contact card is set up for the line (on Linq's dashboard or its API). */
    public ActionResult shareContactCard(@NotBlank String chatId) {
        guard.checkChat(chatId);
        linq.shareContactCard(chatId);
        return ActionResult.done();
    }

    public ActionResult addParticipant(@NotBlank String chatId, @NotBlank String handle) {
        requireHandle(handle);
        guard.checkHandles(List.of(handle));
        ActionResult result = ActionResult.of(linq.addParticipant(chatId, handle).status());
        participants.fire(new ParticipantChanged(chatId, handle, true));
        return result;
    }

    public ActionResult removeParticipant(@NotBlank String chatId, @NotBlank String handle) {
        requireHandle(handle);
        ActionResult result = ActionResult.of(linq.removeParticipant(chatId, handle).status());
        participants.fire(new ParticipantChanged(chatId, handle, false));
        return result;
    }

    public AttachmentSlot preUploadAttachment(@NotNull @Valid AttachmentSpec attachment) {
        AttachmentUpload upload = linq.preUploadAttachment(
                new AttachmentRequest(attachment.filename(), attachment.contentType(), attachment.sizeBytes()));
        return new AttachmentSlot(true, upload.attachmentId(), upload.uploadUrl(), upload.expiresAt(),
                upload.httpMethod(), upload.requiredHeaders(), upload.downloadUrl());
    }

    public PhoneNumberList listPhoneNumbers() {
        var numbers = linq.listPhoneNumbers().phoneNumbers();
        List<PhoneNumberList.Line> lines = numbers == null ? List.of() : numbers.stream()
                .map(n -> new PhoneNumberList.Line(n.id(), n.phoneNumber(),
                        n.reputation() == null ? null : n.reputation().status(), n.forwardingNumber()))
                .toList();
        return new PhoneNumberList(true, lines);
    }

    public SubscriptionList listWebhookSubscriptions() {
        var subscriptions = linq.listWebhookSubscriptions().subscriptions();
        return new SubscriptionList(true, subscriptions == null ? List.of()
                : subscriptions.stream().map(LinqMapping::subscription).toList());
    }

    /**
     * Creates the subscription. A subscription to this gateway's own receiver has its secret kept (so its
     * deliveries verify at once) and withheld from the caller; any other target gets Linq's secret back once,
     * and the gateway never trusts it: otherwise any API caller could sign deliveries the gateway acts on.
     */
    public SubscriptionCreated createWebhookSubscription(@NotNull @Valid SubscriptionSpec spec) {
        WebhookSubscription created = linq.createWebhookSubscription(
                new SubscriptionRequest(spec.versionedTargetUrl(), spec.events(), null));
        String target = created.targetUrl() != null ? created.targetUrl() : spec.versionedTargetUrl();
        boolean own = ownReceiver.isOwn(target);
        if (own && created.signingSecret() != null) {
            subscribed.fire(new WebhookSubscribed(created.id(), Secret.of(created.signingSecret()), target));
        }
        return new SubscriptionCreated(true, created.id(), own ? null : created.signingSecret(), created.targetUrl(),
                created.subscribedEvents());
    }

    public ActionResult deleteWebhookSubscription(@NotBlank String subscriptionId) {
        linq.deleteWebhookSubscription(subscriptionId);
        unsubscribed.fire(new WebhookUnsubscribed(subscriptionId));
        return ActionResult.done();
    }

    /** Asks Linq about iMessage and, for phone numbers, RCS (RCS needs a number). */
    public CapabilityResult checkCapability(@NotBlank String handle) {
        requireHandle(handle);
        String from = config.phoneNumber().orElse(null);
        boolean imessage = linq.checkIMessage(handle, from).available();
        boolean rcs = LinqLimits.E164.matcher(handle).matches() && linq.checkRcs(handle, from).available();
        return new CapabilityResult(handle, imessage, rcs);
    }

    private String sender(String fromPhone) {
        if (fromPhone != null) {
            return fromPhone;
        }
        return config.phoneNumber().orElseThrow(() -> new InvalidRequestException(
                InvalidRequestException.Reason.NO_SENDER_LINE,
                "from_phone is required because no default line is configured (set LINQ_PHONE_NUMBER)", List.of()));
    }

    private static void requireHandle(String handle) {
        if (handle != null && !LinqLimits.isHandle(handle)) {
            throw InvalidRequestException.field("handle", "must be an E.164 phone number or an email address");
        }
    }
}
