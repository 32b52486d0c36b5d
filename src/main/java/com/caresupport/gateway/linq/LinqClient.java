package com.caresupport.gateway.linq;

import com.caresupport.gateway.linq.wire.Acknowledgement;
import com.caresupport.gateway.linq.wire.AttachmentRequest;
import com.caresupport.gateway.linq.wire.AttachmentUpload;
import com.caresupport.gateway.linq.wire.Capability;
import com.caresupport.gateway.linq.wire.CapabilityRequest;
import com.caresupport.gateway.linq.wire.Chat;
import com.caresupport.gateway.linq.wire.ChatPage;
import com.caresupport.gateway.linq.wire.CreateChatRequest;
import com.caresupport.gateway.linq.wire.CreateChatResponse;
import com.caresupport.gateway.linq.wire.EditMessageRequest;
import com.caresupport.gateway.linq.wire.HandleRequest;
import com.caresupport.gateway.linq.wire.Message;
import com.caresupport.gateway.linq.wire.MessagePage;
import com.caresupport.gateway.linq.wire.PhoneNumbers;
import com.caresupport.gateway.linq.wire.ReactionRequest;
import com.caresupport.gateway.linq.wire.SendMessageRequest;
import com.caresupport.gateway.linq.wire.SendMessageResponse;
import com.caresupport.gateway.linq.wire.SubscriptionRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoResponse;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import com.caresupport.gateway.linq.wire.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Linq as the rest of the gateway sees it: one method per V3 operation, each under the retry policy that
 * fits what Linq can deduplicate (see {@link LinqCalls}). Failures arrive as {@link LinqRejectedException}
 * (Linq said no) or {@link LinqUnavailableException} (Linq could not be reached in time).
 */
@ApplicationScoped
public class LinqClient {

    private final LinqApi api;
    private final LinqCalls calls;

    LinqClient(@RestClient LinqApi api, LinqCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** Safe to repeat only because the service always sets {@code message.idempotency_key}. */
    public CreateChatResponse createChat(CreateChatRequest request) {
        requireKey(request.message().idempotencyKey());
        return deduplicated(() -> api.createChat(request));
    }

    /** Safe to repeat only because the service always sets {@code message.idempotency_key}. */
    public SendMessageResponse sendMessage(String chatId, SendMessageRequest request) {
        requireKey(request.message().idempotencyKey());
        return deduplicated(() -> api.sendMessage(chatId, request));
    }

    public ChatPage listChats(String from, String to, Integer limit, String cursor) {
        return deduplicated(() -> api.listChats(from, to, limit, cursor));
    }

    public Chat getChat(String chatId) {
        return deduplicated(() -> api.getChat(chatId));
    }

    public MessagePage listMessages(String chatId, Integer limit, String cursor) {
        return deduplicated(() -> api.listMessages(chatId, limit, cursor));
    }

    public Message getMessage(String messageId) {
        return deduplicated(() -> api.getMessage(messageId));
    }

    public Message editMessage(String messageId, EditMessageRequest request) {
        return unrepeatable(() -> api.editMessage(messageId, request));
    }

    public void deleteMessage(String messageId) {
        deduplicated(() -> {
            api.deleteMessage(messageId);
            return null;
        });
    }

    public void startTyping(String chatId) {
        deduplicated(() -> {
            api.startTyping(chatId);
            return null;
        });
    }

    public void stopTyping(String chatId) {
        deduplicated(() -> {
            api.stopTyping(chatId);
            return null;
        });
    }

    public void markRead(String chatId) {
        deduplicated(() -> {
            api.markRead(chatId);
            return null;
        });
    }

    public Acknowledgement react(String messageId, ReactionRequest request) {
        return unrepeatable(() -> api.react(messageId, request));
    }

    public VoiceMemoResponse sendVoiceMemo(String chatId, VoiceMemoRequest request) {
        return unrepeatable(() -> api.sendVoiceMemo(chatId, request));
    }

    public void shareContactCard(String chatId) {
        unrepeatable(() -> {
            api.shareContactCard(chatId);
            return null;
        });
    }

    public Acknowledgement addParticipant(String chatId, String handle) {
        return unrepeatable(() -> api.addParticipant(chatId, new HandleRequest(handle)));
    }

    public Acknowledgement removeParticipant(String chatId, String handle) {
        return unrepeatable(() -> api.removeParticipant(chatId, new HandleRequest(handle)));
    }

    /** A second slot for the same file is harmless, so this is repeated like a read. */
    public AttachmentUpload preUploadAttachment(AttachmentRequest request) {
        return deduplicated(() -> api.preUploadAttachment(request));
    }

    public PhoneNumbers listPhoneNumbers() {
        return deduplicated(api::listPhoneNumbers);
    }

    public WebhookSubscriptions listWebhookSubscriptions() {
        return deduplicated(api::listWebhookSubscriptions);
    }

    public WebhookSubscription createWebhookSubscription(SubscriptionRequest request) {
        return unrepeatable(() -> api.createWebhookSubscription(request));
    }

    public void deleteWebhookSubscription(String subscriptionId) {
        deduplicated(() -> {
            api.deleteWebhookSubscription(subscriptionId);
            return null;
        });
    }

    public Capability checkIMessage(String address, String from) {
        return deduplicated(() -> api.checkIMessage(new CapabilityRequest(address, from)));
    }

    public Capability checkRcs(String address, String from) {
        return deduplicated(() -> api.checkRcs(new CapabilityRequest(address, from)));
    }

    @SuppressWarnings("unchecked")
    private <T> T deduplicated(Supplier<T> request) {
        return (T) calls.deduplicated(request);
    }

    @SuppressWarnings("unchecked")
    private <T> T unrepeatable(Supplier<T> request) {
        return (T) calls.unrepeatable(request);
    }

    private static void requireKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "a send is retried only under an idempotency key");
    }
}
