package com.caresupport.gateway.linq;

import com.caresupport.gateway.linq.wire.Acknowledgement;
import com.caresupport.gateway.linq.wire.AttachmentRequest;
import com.caresupport.gateway.linq.wire.AttachmentUpload;
import com.caresupport.gateway.linq.wire.AvailableNumber;
import com.caresupport.gateway.linq.wire.Capability;
import com.caresupport.gateway.linq.wire.CapabilityRequest;
import com.caresupport.gateway.linq.wire.Chat;
import com.caresupport.gateway.linq.wire.ChatPage;
import com.caresupport.gateway.linq.wire.CreateChatRequest;
import com.caresupport.gateway.linq.wire.CreateChatResponse;
import com.caresupport.gateway.linq.wire.EditMessageRequest;
import com.caresupport.gateway.linq.wire.HandleRequest;
import com.caresupport.gateway.linq.wire.HandleVerifyRequest;
import com.caresupport.gateway.linq.wire.Message;
import com.caresupport.gateway.linq.wire.MessagePage;
import com.caresupport.gateway.linq.wire.Payment;
import com.caresupport.gateway.linq.wire.PaymentCreate;
import com.caresupport.gateway.linq.wire.PaymentCredentials;
import com.caresupport.gateway.linq.wire.PaymentHandleConnection;
import com.caresupport.gateway.linq.wire.PaymentProvider;
import com.caresupport.gateway.linq.wire.PaymentRequest;
import com.caresupport.gateway.linq.wire.PaymentRequestCreate;
import com.caresupport.gateway.linq.wire.PaymentRequestPage;
import com.caresupport.gateway.linq.wire.PhoneNumberUpdate;
import com.caresupport.gateway.linq.wire.LegacyPhoneNumbers;
import com.caresupport.gateway.linq.wire.PhoneNumbers;
import com.caresupport.gateway.linq.wire.ProviderConnectRequest;
import com.caresupport.gateway.linq.wire.ProviderConnectSession;
import com.caresupport.gateway.linq.wire.ReactionRequest;
import com.caresupport.gateway.linq.wire.ReputationAudit;
import com.caresupport.gateway.linq.wire.ReputationAuditStarted;
import com.caresupport.gateway.linq.wire.SendMessageRequest;
import com.caresupport.gateway.linq.wire.SendMessageResponse;
import com.caresupport.gateway.linq.wire.SubscriptionRequest;
import com.caresupport.gateway.linq.wire.UpdatedPhoneNumber;
import com.caresupport.gateway.linq.wire.VoiceMemoRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoResponse;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import com.caresupport.gateway.linq.wire.WebhookSubscriptions;
import com.caresupport.gateway.linq.wire.Attachment;
import com.caresupport.gateway.linq.wire.BackgroundRequest;
import com.caresupport.gateway.linq.wire.BlockRequest;
import com.caresupport.gateway.linq.wire.BlockedHandleCreated;
import com.caresupport.gateway.linq.wire.BlockedHandles;
import com.caresupport.gateway.linq.wire.ChatLocation;
import com.caresupport.gateway.linq.wire.ChatUpdateRequest;
import com.caresupport.gateway.linq.wire.ChatUpdateResponse;
import com.caresupport.gateway.linq.wire.ContactCard;
import com.caresupport.gateway.linq.wire.ContactCardRequest;
import com.caresupport.gateway.linq.wire.ContactCards;
import com.caresupport.gateway.linq.wire.Experience;
import com.caresupport.gateway.linq.wire.Experiences;
import com.caresupport.gateway.linq.wire.PollEnvelope;
import com.caresupport.gateway.linq.wire.SubscriptionUpdate;
import com.caresupport.gateway.linq.wire.WebhookEventTypes;
import com.caresupport.gateway.linq.wire.AppCardUpdateRequest;
import com.caresupport.gateway.linq.wire.AppCardUpdateResponse;
import com.caresupport.gateway.linq.wire.DirectSendRequest;
import com.caresupport.gateway.linq.wire.DirectSendResponse;
import com.caresupport.gateway.linq.wire.LocationRequestResponse;
import com.caresupport.gateway.linq.wire.PollOptionsRequest;
import com.caresupport.gateway.linq.wire.PollRequest;
import com.caresupport.gateway.linq.wire.PollVoteRequest;
import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import java.util.Objects;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Linq as the rest of the gateway sees it: one typed method per V3 operation, each under its retry policy,
 * declared here the way SmallRye documents it:
 * <ul>
 * <li>a failed call is repeated when Linq can deduplicate it (reads, keyed sends: {@link RetryPredicates.Deduplicated},
 * the class default), or, for calls it cannot deduplicate (reactions, voice memos, participants, edits), only
 * when the failure proves Linq did not act ({@link RetryPredicates.Unrepeatable}, declared on the method);</li>
 * <li>the wait between attempts is what Linq asks for, else exponential with jitter, never past the call budget
 * ({@link BudgetedBackoff});</li>
 * <li>every attempt passes the one circuit breaker and the per-attempt timeout ({@link LinqCircuit});</li>
 * <li>what the caller sees is Linq's refusal ({@link LinqRejectedException}) or, when Linq stayed out of reach,
 * {@link LinqUnavailableException} ({@link LinqUnavailability}).</li>
 * </ul>
 * The numbers live in configuration only ({@code quarkus.fault-tolerance.global.*} in application.properties),
 * and SmallRye's metrics are per operation ({@code ft_*{method="...LinqClient.sendMessage"}}). To add an
 * operation: a method on {@link LinqApi}, then one here; add {@code @Retry @RetryWhen(exception = Unrepeatable.class)}
 * unless Linq deduplicates it.
 */
@ApplicationScoped
@LinqCall
@Retry
@RetryWhen(exception = RetryPredicates.Deduplicated.class)
@CustomBackoff(BudgetedBackoff.class)
public class LinqClient {

    private final LinqApi api;
    private final LinqCircuit circuit;

    LinqClient(@RestClient LinqApi api, LinqCircuit circuit) {
        this.api = api;
        this.circuit = circuit;
    }

    /** Safe to repeat only because the service always sets {@code message.idempotency_key}. */
    public CreateChatResponse createChat(CreateChatRequest request) {
        requireKey(request.message().idempotencyKey());
        return attempt(() -> api.createChat(request));
    }

    /** Safe to repeat only because the service always sets {@code message.idempotency_key}. */
    public SendMessageResponse sendMessage(String chatId, SendMessageRequest request) {
        requireKey(request.message().idempotencyKey());
        return attempt(() -> api.sendMessage(chatId, request));
    }

    public ChatPage listChats(String from, String to, Integer limit, String cursor) {
        return attempt(() -> api.listChats(from, to, limit, cursor));
    }

    public Chat getChat(String chatId) {
        return attempt(() -> api.getChat(chatId));
    }

    public MessagePage listMessages(String chatId, Integer limit, String cursor) {
        return attempt(() -> api.listMessages(chatId, limit, cursor));
    }

    public Message getMessage(String messageId) {
        return attempt(() -> api.getMessage(messageId));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Message editMessage(String messageId, EditMessageRequest request) {
        return attempt(() -> api.editMessage(messageId, request));
    }

    public void deleteMessage(String messageId) {
        attempt(() -> api.deleteMessage(messageId));
    }

    public void startTyping(String chatId) {
        attempt(() -> api.startTyping(chatId));
    }

    public void stopTyping(String chatId) {
        attempt(() -> api.stopTyping(chatId));
    }

    public void markRead(String chatId) {
        attempt(() -> api.markRead(chatId));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Acknowledgement react(String messageId, ReactionRequest request) {
        return attempt(() -> api.react(messageId, request));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public VoiceMemoResponse sendVoiceMemo(String chatId, VoiceMemoRequest request) {
        return attempt(() -> api.sendVoiceMemo(chatId, request));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public void shareContactCard(String chatId) {
        attempt(() -> api.shareContactCard(chatId));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Acknowledgement addParticipant(String chatId, String handle) {
        return attempt(() -> api.addParticipant(chatId, new HandleRequest(handle)));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Acknowledgement removeParticipant(String chatId, String handle) {
        return attempt(() -> api.removeParticipant(chatId, new HandleRequest(handle)));
    }

    /** A second slot for the same file is harmless, so this is repeated like a read. */
    public AttachmentUpload preUploadAttachment(AttachmentRequest request) {
        return attempt(() -> api.preUploadAttachment(request));
    }

    public PhoneNumbers listPhoneNumbers() {
        return attempt(() -> api.listPhoneNumbers());
    }

    public LegacyPhoneNumbers listPhonenumbers() {
        return attempt(() -> api.listPhonenumbers());
    }

    public WebhookSubscriptions listWebhookSubscriptions() {
        return attempt(() -> api.listWebhookSubscriptions());
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public WebhookSubscription createWebhookSubscription(SubscriptionRequest request) {
        return attempt(() -> api.createWebhookSubscription(request));
    }

    public void deleteWebhookSubscription(String subscriptionId) {
        attempt(() -> api.deleteWebhookSubscription(subscriptionId));
    }

    public Capability checkIMessage(String address, String from) {
        return attempt(() -> api.checkIMessage(new CapabilityRequest(address, from)));
    }

    public Capability checkRcs(String address, String from) {
        return attempt(() -> api.checkRcs(new CapabilityRequest(address, from)));
    }

    // --- chat administration, threads, attachments, contact cards, webhooks admin, blocklist, experiences ---

    /** A rename or new icon is announced in the group, so it is repeated only when Linq provably did not act. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public ChatUpdateResponse updateChat(String chatId, ChatUpdateRequest request) {
        return attempt(() -> api.updateChat(chatId, request));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Acknowledgement leaveChat(String chatId) {
        return attempt(() -> api.leaveChat(chatId));
    }

    public ChatLocation getChatLocation(String chatId) {
        return attempt(() -> api.getChatLocation(chatId));
    }

    /** A background change shows in the chat, like a rename. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public void setChatBackground(String chatId, BackgroundRequest request) {
        attempt(() -> api.setChatBackground(chatId, request));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public void removeChatBackground(String chatId) {
        attempt(() -> api.removeChatBackground(chatId));
    }

    public MessagePage listThread(String messageId, String cursor, Integer limit, String order) {
        return attempt(() -> api.listThread(messageId, cursor, limit, order));
    }

    public PollEnvelope getPoll(String messageId) {
        return attempt(() -> api.getPoll(messageId));
    }

    public Attachment getAttachment(String attachmentId) {
        return attempt(() -> api.getAttachment(attachmentId));
    }

    /** Deleting twice leaves the same state, so this is repeated like {@link #deleteMessage}. */
    public void deleteAttachment(String attachmentId) {
        attempt(() -> api.deleteAttachment(attachmentId));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public ContactCard createContactCard(ContactCardRequest request) {
        return attempt(() -> api.createContactCard(request));
    }

    public ContactCards getContactCards(String phoneNumber) {
        return attempt(() -> api.getContactCards(phoneNumber));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public ContactCard updateContactCard(String phoneNumber, ContactCardRequest request) {
        return attempt(() -> api.updateContactCard(phoneNumber, request));
    }

    public WebhookSubscription getWebhookSubscription(String subscriptionId) {
        return attempt(() -> api.getWebhookSubscription(subscriptionId));
    }

    /** A PUT of the same fields leaves the same subscription, so this is repeated like a read. */
    public WebhookSubscription updateWebhookSubscription(String subscriptionId, SubscriptionUpdate request) {
        return attempt(() -> api.updateWebhookSubscription(subscriptionId, request));
    }

    public WebhookEventTypes listWebhookEventTypes() {
        return attempt(() -> api.listWebhookEventTypes());
    }

    public BlockedHandles listBlockedHandles() {
        return attempt(() -> api.listBlockedHandles());
    }

    /** A repeated block may be refused as a duplicate, which would hide that the first one worked. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public BlockedHandleCreated blockHandle(BlockRequest request) {
        return attempt(() -> api.blockHandle(request));
    }

    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public void unblockHandle(String handle) {
        attempt(() -> api.unblockHandle(new HandleRequest(handle)));
    }

    public Experiences listExperiences() {
        return attempt(() -> api.listExperiences());
    }

    public Experience getExperience(String experience) {
        return attempt(() -> api.getExperience(experience));
    }

    // --- phone numbers, availability and payments administration ---

    /** Setting the same forwarding number twice leaves the line as once, so this is repeated like a read. */
    public UpdatedPhoneNumber updatePhoneNumber(String phoneNumberId, PhoneNumberUpdate request) {
        return attempt(() -> api.updatePhoneNumber(phoneNumberId, request));
    }

    /** A repeat would meet the first audit still running (409) or its cooldown (429), never a second audit. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public ReputationAuditStarted startReputationAudit(String phoneNumber) {
        return attempt(() -> api.startReputationAudit(phoneNumber));
    }

    public ReputationAudit getReputationAudit(String phoneNumber, String auditId) {
        return attempt(() -> api.getReputationAudit(phoneNumber, auditId));
    }

    /** Empty lists are left out of the query. */
    public AvailableNumber availableNumber(List<String> to, List<String> excludeFrom) {
        return attempt(() -> api.availableNumber(commaJoined(to), commaJoined(excludeFrom)));
    }

    public PaymentRequest getPaymentRequest(String paymentRequestId) {
        return attempt(() -> api.getPaymentRequest(paymentRequestId));
    }

    public PaymentRequestPage listPaymentRequests(Integer limit, Integer offset, String status) {
        return attempt(() -> api.listPaymentRequests(limit, offset, status));
    }

    /** A repeat after a lost answer would be refused (409, already canceled), hiding that the first worked. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PaymentRequest cancelPaymentRequest(String paymentRequestId) {
        return attempt(() -> api.cancelPaymentRequest(paymentRequestId));
    }

    public PaymentProvider getPaymentProvider(String provider) {
        return attempt(() -> api.getPaymentProvider(provider));
    }

    /** Each call opens a new authorization session at the provider. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public ProviderConnectSession connectPaymentProvider(String provider, ProviderConnectRequest request) {
        return attempt(() -> api.connectPaymentProvider(provider, request));
    }

    /** Sends the customer a one-time code: a repeat would message them twice. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PaymentHandleConnection connectPaymentHandle(String handle) {
        return attempt(() -> api.connectPaymentHandle(handle));
    }

    public PaymentHandleConnection getPaymentHandleConnection(String handle) {
        return attempt(() -> api.getPaymentHandleConnection(handle));
    }

    /** A repeat after a lost answer would be refused (404, not connected), hiding that the first worked. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PaymentHandleConnection revokePaymentHandleConnection(String handle) {
        return attempt(() -> api.revokePaymentHandleConnection(handle));
    }

    /** The code is single-use: a repeat after a lost answer would be refused. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PaymentHandleConnection verifyPaymentHandle(String handle, HandleVerifyRequest request) {
        return attempt(() -> api.verifyPaymentHandle(handle, request));
    }

    public Payment getPayment(String paymentId) {
        return attempt(() -> api.getPayment(paymentId));
    }

    /** Closes the virtual card; a repeat after a lost answer would be refused (409, already canceled). */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public Payment cancelPayment(String paymentId) {
        return attempt(() -> api.cancelPayment(paymentId));
    }

    /** A read, repeated like one; the answer holds a bearer token that nothing here logs. */
    public PaymentCredentials getPaymentCredentials(String paymentId) {
        return attempt(() -> api.getPaymentCredentials(paymentId));
    }

    // --- sends that reach people: direct sends, polls, location requests, app-card updates ---

    /** Safe to repeat only because the send path always sets the key, in the header and in {@code message}. */
    public DirectSendResponse sendDirect(DirectSendRequest request) {
        requireKey(request.message().idempotencyKey());
        return attempt(() -> api.sendDirect(request.message().idempotencyKey(), request));
    }

    /** Safe to repeat only because the send path always sets {@code poll.idempotency_key}. */
    public PollEnvelope createPoll(String chatId, PollRequest request) {
        requireKey(request.poll().idempotencyKey());
        return attempt(() -> api.createPoll(chatId, request));
    }

    /** No idempotency key: a repeat after a lost answer would add the options twice. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PollEnvelope addPollOptions(String messageId, PollOptionsRequest request) {
        return attempt(() -> api.addPollOptions(messageId, request));
    }

    /** No idempotency key; a vote shows in the chat, so it is repeated only when Linq provably did not act. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public PollEnvelope votePoll(String messageId, PollVoteRequest request) {
        return attempt(() -> api.votePoll(messageId, request));
    }

    /** No idempotency key: a repeat would ask the recipient a second time. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public LocationRequestResponse requestLocation(String chatId) {
        return attempt(() -> api.requestLocation(chatId));
    }

    /** No idempotency key: each call sends the recipient a new version of the card. */
    @Retry
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    public AppCardUpdateResponse updateAppCard(String messageId, AppCardUpdateRequest request) {
        return attempt(() -> api.updateAppCard(messageId, request));
    }

    private static String commaJoined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** One attempt through the circuit breaker; a void operation answers {@code null}. */
    private <T> T attempt(Supplier<T> request) {
        return circuit.call(request);
    }

    private void attempt(Runnable request) {
        circuit.call(() -> {
            request.run();
            return null;
        });
    }

    private static void requireKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "a send is retried only under an idempotency key");
    }

    // --- payment requests and payments: sends that reach people ---

    /** Safe to repeat only because the send path always sets the key, which Linq deduplicates. */
    public PaymentRequest createPaymentRequest(String idempotencyKey, PaymentRequestCreate request) {
        requireKey(idempotencyKey);
        return attempt(() -> api.createPaymentRequest(idempotencyKey, request));
    }

    /** Safe to repeat only because the send path always sets the key: Linq advances one payment per key. */
    public Payment createPayment(String idempotencyKey, PaymentCreate request) {
        requireKey(idempotencyKey);
        return attempt(() -> api.createPayment(idempotencyKey, request));
    }
}
