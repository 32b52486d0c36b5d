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
        return calls.deduplicated(() -> api.createChat(request));
    }

    /** Safe to repeat only because the service always sets {@code message.idempotency_key}. */
    public SendMessageResponse sendMessage(String chatId, SendMessageRequest request) {
        requireKey(request.message().idempotencyKey());
        return calls.deduplicated(() -> api.sendMessage(chatId, request));
    }

    public ChatPage listChats(String from, String to, Integer limit, String cursor) {
        return calls.deduplicated(() -> api.listChats(from, to, limit, cursor));
    }

    public Chat getChat(String chatId) {
        return calls.deduplicated(() -> api.getChat(chatId));
    }

    public MessagePage listMessages(String chatId, Integer limit, String cursor) {
        return calls.deduplicated(() -> api.listMessages(chatId, limit, cursor));
    }

    public Message getMessage(String messageId) {
        return calls.deduplicated(() -> api.getMessage(messageId));
    }

    public Message editMessage(String messageId, EditMessageRequest request) {
        return calls.unrepeatable(() -> api.editMessage(messageId, request));
    }

    public void deleteMessage(String messageId) {
        calls.deduplicated(() -> {
            api.deleteMessage(messageId);
            return null;
        });
    }

    public void startTyping(String chatId) {
        calls.deduplicated(() -> {
            api.startTyping(chatId);
            return null;
        });
    }

    public void stopTyping(String chatId) {
        calls.deduplicated(() -> {
            api.stopTyping(chatId);
            return null;
        });
    }

    public void markRead(String chatId) {
        calls.deduplicated(() -> {
            api.markRead(chatId);
            return null;
        });
    }

    public Acknowledgement react(String messageId, ReactionRequest request) {
        return calls.unrepeatable(() -> api.react(messageId, request));
    }

    public VoiceMemoResponse sendVoiceMemo(String chatId, VoiceMemoRequest request) {
        return calls.unrepeatable(() -> api.sendVoiceMemo(chatId, request));
    }

    public void shareContactCard(String chatId) {
        calls.unrepeatable(() -> {
            api.shareContactCard(chatId);
            return null;
        });
    }

    public Acknowledgement addParticipant(String chatId, String handle) {
        return calls.unrepeatable(() -> api.addParticipant(chatId, new HandleRequest(handle)));
    }

    public Acknowledgement removeParticipant(String chatId, String handle) {
        return calls.unrepeatable(() -> api.removeParticipant(chatId, new HandleRequest(handle)));
    }

    /** A second slot for the same file is harmless, so this is repeated like a read. */
    public AttachmentUpload preUploadAttachment(AttachmentRequest request) {
        return calls.deduplicated(() -> api.preUploadAttachment(request));
    }

    public PhoneNumbers listPhoneNumbers() {
        return calls.deduplicated(api::listPhoneNumbers);
    }

    public WebhookSubscriptions listWebhookSubscriptions() {
        return calls.deduplicated(api::listWebhookSubscriptions);
    }

    public WebhookSubscription createWebhookSubscription(SubscriptionRequest request) {
        return calls.unrepeatable(() -> api.createWebhookSubscription(request));
    }

    public void deleteWebhookSubscription(String subscriptionId) {
        calls.deduplicated(() -> {
            api.deleteWebhookSubscription(subscriptionId);
            return null;
        });
    }

    public Capability checkIMessage(String address, String from) {
        return calls.deduplicated(() -> api.checkIMessage(new CapabilityRequest(address, from)));
    }

    public Capability checkRcs(String address, String from) {
        return calls.deduplicated(() -> api.checkRcs(new CapabilityRequest(address, from)));
    }

    private static void requireKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "a send is retried only under an idempotency key");
    }
}
