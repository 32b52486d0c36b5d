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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Linq Partner API V3, endpoint for endpoint. Only {@link LinqClient} uses it, so that every call passes
 * through the gateway's fault-tolerance policies. Endpoints that answer without a body ask for any type.
 */
@RegisterRestClient(configKey = "linq")
@RegisterClientHeaders(LinqHeaders.class)
@RegisterProvider(LinqErrorMapper.class)
@Path("/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface LinqApi {

    @POST
    @Path("/chats")
    CreateChatResponse createChat(CreateChatRequest request);

    @GET
    @Path("/chats")
    ChatPage listChats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/chats/{chatId}")
    Chat getChat(@PathParam("chatId") String chatId);

    @POST
    @Path("/chats/{chatId}/read")
    @Produces(MediaType.WILDCARD)
    void markRead(@PathParam("chatId") String chatId);

    @POST
    @Path("/chats/{chatId}/voicememo")
    VoiceMemoResponse sendVoiceMemo(@PathParam("chatId") String chatId, VoiceMemoRequest request);

    @POST
    @Path("/chats/{chatId}/share_contact_card")
    @Produces(MediaType.WILDCARD)
    void shareContactCard(@PathParam("chatId") String chatId);

    @POST
    @Path("/chats/{chatId}/participants")
    Acknowledgement addParticipant(@PathParam("chatId") String chatId, HandleRequest request);

    /** A DELETE that carries a JSON body, as Linq requires. */
    @DELETE
    @Path("/chats/{chatId}/participants")
    Acknowledgement removeParticipant(@PathParam("chatId") String chatId, HandleRequest request);

    @POST
    @Path("/chats/{chatId}/typing")
    @Produces(MediaType.WILDCARD)
    void startTyping(@PathParam("chatId") String chatId);

    @DELETE
    @Path("/chats/{chatId}/typing")
    @Produces(MediaType.WILDCARD)
    void stopTyping(@PathParam("chatId") String chatId);

    @GET
    @Path("/chats/{chatId}/messages")
    MessagePage listMessages(@PathParam("chatId") String chatId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("/chats/{chatId}/messages")
    SendMessageResponse sendMessage(@PathParam("chatId") String chatId, SendMessageRequest request);

    @GET
    @Path("/messages/{messageId}")
    Message getMessage(@PathParam("messageId") String messageId);

    @PATCH
    @Path("/messages/{messageId}")
    Message editMessage(@PathParam("messageId") String messageId, EditMessageRequest request);

    @DELETE
    @Path("/messages/{messageId}")
    @Produces(MediaType.WILDCARD)
    void deleteMessage(@PathParam("messageId") String messageId);

    /** Adds or removes a reaction: Linq has no DELETE route for reactions. */
    @POST
    @Path("/messages/{messageId}/reactions")
    Acknowledgement react(@PathParam("messageId") String messageId, ReactionRequest request);

    @POST
    @Path("/attachments")
    AttachmentUpload preUploadAttachment(AttachmentRequest request);

    @GET
    @Path("/phone_numbers")
    PhoneNumbers listPhoneNumbers();

    /** The SDK's older path for the lines, with their capabilities; the gateway itself reads the newer one. */
    @GET
    @Path("/phonenumbers")
    LegacyPhoneNumbers listPhonenumbers();

    @GET
    @Path("/webhook-subscriptions")
    WebhookSubscriptions listWebhookSubscriptions();

    @POST
    @Path("/webhook-subscriptions")
    WebhookSubscription createWebhookSubscription(SubscriptionRequest request);

    @DELETE
    @Path("/webhook-subscriptions/{subscriptionId}")
    @Produces(MediaType.WILDCARD)
    void deleteWebhookSubscription(@PathParam("subscriptionId") String subscriptionId);

    @POST
    @Path("/capability/check_imessage")
    Capability checkIMessage(CapabilityRequest request);

    @POST
    @Path("/capability/check_rcs")
    Capability checkRcs(CapabilityRequest request);

    // --- chat administration, threads, attachments, contact cards, webhooks admin, blocklist, experiences ---

    @PUT
    @Path("/chats/{chatId}")
    ChatUpdateResponse updateChat(@PathParam("chatId") String chatId, ChatUpdateRequest request);

    @POST
    @Path("/chats/{chatId}/leave")
    Acknowledgement leaveChat(@PathParam("chatId") String chatId);

    /** Linq answers GeoJSON ({@code application/geo+json}), which is JSON. */
    @GET
    @Path("/chats/{chatId}/location")
    @Produces({ "application/geo+json", MediaType.APPLICATION_JSON })
    ChatLocation getChatLocation(@PathParam("chatId") String chatId);

    @POST
    @Path("/chats/{chatId}/background")
    @Produces(MediaType.WILDCARD)
    void setChatBackground(@PathParam("chatId") String chatId, BackgroundRequest request);

    @DELETE
    @Path("/chats/{chatId}/background")
    @Produces(MediaType.WILDCARD)
    void removeChatBackground(@PathParam("chatId") String chatId);

    @GET
    @Path("/messages/{messageId}/thread")
    MessagePage listThread(@PathParam("messageId") String messageId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit, @QueryParam("order") String order);

    @GET
    @Path("/messages/{messageId}/poll")
    PollEnvelope getPoll(@PathParam("messageId") String messageId);

    @GET
    @Path("/attachments/{attachmentId}")
    Attachment getAttachment(@PathParam("attachmentId") String attachmentId);

    @DELETE
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    void deleteAttachment(@PathParam("attachmentId") String attachmentId);

    @POST
    @Path("/contact_card")
    ContactCard createContactCard(ContactCardRequest request);

    @GET
    @Path("/contact_card")
    ContactCards getContactCards(@QueryParam("phone_number") String phoneNumber);

    @PATCH
    @Path("/contact_card")
    ContactCard updateContactCard(@QueryParam("phone_number") String phoneNumber, ContactCardRequest request);

    @GET
    @Path("/webhook-subscriptions/{subscriptionId}")
    WebhookSubscription getWebhookSubscription(@PathParam("subscriptionId") String subscriptionId);

    @PUT
    @Path("/webhook-subscriptions/{subscriptionId}")
    WebhookSubscription updateWebhookSubscription(@PathParam("subscriptionId") String subscriptionId,
            SubscriptionUpdate request);

    @GET
    @Path("/webhook-events")
    WebhookEventTypes listWebhookEventTypes();

    @GET
    @Path("/blocked_handles")
    BlockedHandles listBlockedHandles();

    @POST
    @Path("/blocked_handles")
    BlockedHandleCreated blockHandle(BlockRequest request);

    /** A DELETE that carries a JSON body, as Linq requires. */
    @DELETE
    @Path("/blocked_handles")
    @Produces(MediaType.WILDCARD)
    void unblockHandle(HandleRequest request);

    @GET
    @Path("/experiences")
    Experiences listExperiences();

    @GET
    @Path("/experiences/{experience}")
    Experience getExperience(@PathParam("experience") String experience);

    // --- phone numbers, availability and payments administration ---

    @jakarta.ws.rs.PUT
    @Path("/phone_numbers/{phoneNumberId}")
    UpdatedPhoneNumber updatePhoneNumber(@PathParam("phoneNumberId") String phoneNumberId, PhoneNumberUpdate request);

    @POST
    @Path("/phone_numbers/{phoneNumber}/reputation_audit")
    ReputationAuditStarted startReputationAudit(@PathParam("phoneNumber") String phoneNumber);

    @GET
    @Path("/phone_numbers/{phoneNumber}/reputation_audit/{auditId}")
    ReputationAudit getReputationAudit(@PathParam("phoneNumber") String phoneNumber,
            @PathParam("auditId") String auditId);

    /** {@code to} and {@code excludeFrom} are comma-joined lists, as Linq's SDK sends them. */
    @GET
    @Path("/available_number")
    AvailableNumber availableNumber(@QueryParam("to") String to, @QueryParam("exclude_from") String excludeFrom);

    @GET
    @Path("/payment_requests/{paymentRequestId}")
    PaymentRequest getPaymentRequest(@PathParam("paymentRequestId") String paymentRequestId);

    @GET
    @Path("/payment_requests")
    PaymentRequestPage listPaymentRequests(@QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset,
            @QueryParam("status") String status);

    @POST
    @Path("/payment_requests/{paymentRequestId}/cancel")
    PaymentRequest cancelPaymentRequest(@PathParam("paymentRequestId") String paymentRequestId);

    @GET
    @Path("/payments/providers/{provider}")
    PaymentProvider getPaymentProvider(@PathParam("provider") String provider);

    @POST
    @Path("/payments/providers/{provider}/connect")
    ProviderConnectSession connectPaymentProvider(@PathParam("provider") String provider,
            ProviderConnectRequest request);

    @POST
    @Path("/payments/handles/{handle}/connect")
    PaymentHandleConnection connectPaymentHandle(@PathParam("handle") String handle);

    @GET
    @Path("/payments/handles/{handle}/connection")
    PaymentHandleConnection getPaymentHandleConnection(@PathParam("handle") String handle);

    @DELETE
    @Path("/payments/handles/{handle}/connection")
    PaymentHandleConnection revokePaymentHandleConnection(@PathParam("handle") String handle);

    @POST
    @Path("/payments/handles/{handle}/verify")
    PaymentHandleConnection verifyPaymentHandle(@PathParam("handle") String handle, HandleVerifyRequest request);

    @GET
    @Path("/payments/{paymentId}")
    Payment getPayment(@PathParam("paymentId") String paymentId);

    @POST
    @Path("/payments/{paymentId}/cancel")
    Payment cancelPayment(@PathParam("paymentId") String paymentId);

    @GET
    @Path("/payments/{paymentId}/credentials")
    PaymentCredentials getPaymentCredentials(@PathParam("paymentId") String paymentId);

    // --- sends that reach people: direct sends, polls, location requests, app-card updates ---

    @POST
    @Path("/messages")
    DirectSendResponse sendDirect(@HeaderParam("Idempotency-Key") String idempotencyKey, DirectSendRequest request);

    @POST
    @Path("/chats/{chatId}/polls")
    PollEnvelope createPoll(@PathParam("chatId") String chatId, PollRequest request);

    @POST
    @Path("/messages/{messageId}/poll/options")
    PollEnvelope addPollOptions(@PathParam("messageId") String messageId, PollOptionsRequest request);

    @POST
    @Path("/messages/{messageId}/poll/votes")
    PollEnvelope votePoll(@PathParam("messageId") String messageId, PollVoteRequest request);

    @POST
    @Path("/chats/{chatId}/location/request")
    LocationRequestResponse requestLocation(@PathParam("chatId") String chatId);

    @POST
    @Path("/messages/{messageId}/update")
    AppCardUpdateResponse updateAppCard(@PathParam("messageId") String messageId, AppCardUpdateRequest request);

    // --- payment requests and payments: sends that reach people ---

    @POST
    @Path("/payment_requests")
    PaymentRequest createPaymentRequest(@HeaderParam("Idempotency-Key") String idempotencyKey,
            PaymentRequestCreate request);

    @POST
    @Path("/payments")
    Payment createPayment(@HeaderParam("Idempotency-Key") String idempotencyKey, PaymentCreate request);
}
