package com.caresupport.gateway.linq;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.linq.wire.Acknowledgement;
import com.caresupport.gateway.linq.wire.Attachment;
import com.caresupport.gateway.linq.wire.AttachmentRequest;
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
import com.caresupport.gateway.linq.wire.MessagePage;
import com.caresupport.gateway.linq.wire.PollEnvelope;
import com.caresupport.gateway.linq.wire.SubscriptionRequest;
import com.caresupport.gateway.linq.wire.SubscriptionUpdate;
import com.caresupport.gateway.linq.wire.WebhookEventTypes;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each chat-administration, thread, attachment, contact-card, webhook-admin, blocklist and experience call of
 * {@link LinqClient}, against the sandbox: the request Linq received has the SDK's method, path, query and
 * body, and Linq's answer parses into the typed record with the SDK's fields.
 */
@QuarkusTest
class LinqClientAdministrationWireTest extends LinqTestSupport {

    private static final String FAMILY = "+15551230001";

    @Inject
    LinqClient client;

    private static Map<String, Object> last(String method, String pathRegex) {
        List<Map<String, Object>> received = SandboxControl.received(method, pathRegex);
        assertFalse(received.isEmpty(), "Linq received no " + method + " " + pathRegex);
        return received.get(received.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> request) {
        return (Map<String, Object>) request.get("body");
    }

    @Test
    void updateChatPutsNameAndIcon() {
        String group = SandboxControl.openChat(FAMILY, "+15551230002");
        ChatUpdateResponse answer = client.updateChat(group,
                new ChatUpdateRequest("Care team", "https://cdn.example.org/icon.png"));
        Map<String, Object> sent = last("PUT", "^/chats/" + group + "$");
        assertEquals(Map.of("display_name", "Care team", "group_chat_icon", "https://cdn.example.org/icon.png"),
                body(sent));
        assertEquals("accepted", answer.status());
        assertEquals(group, answer.chatId());
    }

    @Test
    void updateChatOmitsUnsetFields() {
        String group = SandboxControl.openChat(FAMILY, "+15551230002");
        client.updateChat(group, new ChatUpdateRequest("Only the name", null));
        assertEquals(Map.of("display_name", "Only the name"), body(last("PUT", "^/chats/" + group + "$")));
    }

    @Test
    void leaveChatPostsNoBody() {
        String group = SandboxControl.openChat(FAMILY, "+15551230002", "+15551230003");
        Acknowledgement answer = client.leaveChat(group);
        Map<String, Object> sent = last("POST", "^/chats/" + group + "/leave$");
        assertTrue(sent.get("body") == null || "".equals(sent.get("body")), "leave carries no body: " + sent);
        assertEquals("accepted", answer.status());
        assertEquals("Leaving chat", answer.message());
    }

    @Test
    void chatLocationParsesGeoJson() {
        String chat = SandboxControl.openChat(FAMILY);
        linq().post("/chats/" + chat + "/location/request").then().statusCode(200);
        ChatLocation location = client.getChatLocation(chat);
        last("GET", "^/chats/" + chat + "/location$");
        assertTrue(location.success());
        assertEquals("FeatureCollection", location.data().type());
        ChatLocation.Feature feature = location.data().features().get(0);
        assertEquals("Point", feature.geometry().type());
        assertEquals(List.of(-122.4194, 37.7749), feature.geometry().coordinates());
        assertEquals(FAMILY, feature.properties().handle());
        assertEquals("San Francisco", feature.properties().locality());
        assertNotNull(feature.properties().updatedAt());
    }

    @Test
    void backgroundIsSetAndRemoved() {
        String chat = SandboxControl.openChat(FAMILY);
        client.setChatBackground(chat, new BackgroundRequest("dynamic", null, "dusk", null, "sky"));
        assertEquals(Map.of("type", "dynamic", "variant", "dusk", "style", "sky"),
                body(last("POST", "^/chats/" + chat + "/background$")));
        client.setChatBackground(chat, new BackgroundRequest("color", null, null, List.of("#F2C4E1", "#F5A623"), null));
        assertEquals(Map.of("type", "color", "shades", List.of("#F2C4E1", "#F5A623")),
                body(last("POST", "^/chats/" + chat + "/background$")));
        client.removeChatBackground(chat);
        assertEquals(1, SandboxControl.received("DELETE", "^/chats/" + chat + "/background$").size());
    }

    @Test
    void threadPassesCursorLimitAndOrder() {
        String chat = SandboxControl.openChat(FAMILY);
        String first = linq().get("/chats/" + chat + "/messages").then().statusCode(200).extract()
                .path("messages[0].id");
        MessagePage page = client.listThread(first, null, 5, "asc");
        Map<String, Object> sent = last("GET", "^/messages/" + first + "/thread$");
        assertEquals("limit=5&order=asc", sent.get("query"));
        assertEquals(first, page.messages().get(0).id());
        assertEquals(chat, page.messages().get(0).chatId());
    }

    @Test
    void pollParsesOptionsVotersAndCreator() {
        String chat = SandboxControl.openChat(FAMILY);
        String messageId = linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "Tuesday"),
                Map.of("text", "Friday"))))).post("/chats/" + chat + "/polls").then().statusCode(201).extract()
                .path("message_id");
        String friday = client.getPoll(messageId).poll().options().get(1).optionId();
        linq().body(Map.of("operation", "add", "option_id", friday)).post("/messages/" + messageId + "/poll/votes")
                .then().statusCode(200);
        PollEnvelope poll = client.getPoll(messageId);
        last("GET", "^/messages/" + messageId + "/poll$");
        assertEquals(messageId, poll.messageId());
        assertEquals(chat, poll.chatId());
        assertNotNull(poll.createdAt());
        assertEquals(1L, poll.poll().totalVoters());
        assertEquals("Friday", poll.poll().options().get(1).text());
        assertEquals(LINE, poll.poll().options().get(1).voters().get(0).handle());
        assertNotNull(poll.poll().options().get(1).voters().get(0).votedAt());
        assertEquals(LINE, poll.poll().options().get(0).creatorHandle().handle());
        assertEquals(false, poll.poll().options().get(0).canBeEdited());
        assertTrue(poll.reactions().isEmpty());
    }

    @Test
    void attachmentIsReadAndDeleted() {
        String id = client.preUploadAttachment(new AttachmentRequest("scan.pdf", "application/pdf", 1234L))
                .attachmentId();
        Attachment attachment = client.getAttachment(id);
        last("GET", "^/attachments/" + id + "$");
        assertEquals(id, attachment.id());
        assertEquals("scan.pdf", attachment.filename());
        assertEquals("application/pdf", attachment.contentType());
        assertEquals(1234L, attachment.sizeBytes());
        assertEquals("pending", attachment.status());
        assertNotNull(attachment.createdAt());
        client.deleteAttachment(id);
        assertEquals(1, SandboxControl.received("DELETE", "^/attachments/" + id + "$").size());
        LinqRejectedException gone = assertThrows(LinqRejectedException.class, () -> client.getAttachment(id));
        assertEquals(404, gone.status());
    }

    @Test
    void contactCardIsCreatedReadAndPatchedByQuery() {
        ContactCard created = client.createContactCard(new ContactCardRequest(LINE, "Care", "Team", null));
        assertEquals(Map.of("phone_number", LINE, "first_name", "Care", "last_name", "Team"),
                body(last("POST", "^/contact_card$")));
        assertEquals(LINE, created.phoneNumber());
        assertEquals(true, created.isActive());

        ContactCards cards = client.getContactCards(LINE);
        assertEquals("phone_number=%2B15555550100", last("GET", "^/contact_card$").get("query"));
        assertEquals("Care", cards.contactCards().get(0).firstName());

        ContactCard updated = client.updateContactCard(LINE, new ContactCardRequest(null, "Nurse", null, null));
        Map<String, Object> patch = last("PATCH", "^/contact_card$");
        assertEquals("phone_number=%2B15555550100", patch.get("query"));
        assertEquals(Map.of("first_name", "Nurse"), body(patch));
        assertEquals("Nurse", updated.firstName());
        assertEquals("Team", updated.lastName());
    }

    @Test
    void webhookSubscriptionIsReadAndUpdatedWithoutItsSecret() {
        WebhookSubscription created = client.createWebhookSubscription(new SubscriptionRequest(
                "https://hooks.example.org/linq", List.of("message.sent"), null));
        WebhookSubscription read = client.getWebhookSubscription(created.id());
        last("GET", "^/webhook-subscriptions/" + created.id() + "$");
        assertEquals("https://hooks.example.org/linq", read.targetUrl());
        assertEquals(List.of("message.sent"), read.subscribedEvents());
        assertNull(read.signingSecret(), "Linq returns the secret only on creation");

        WebhookSubscription updated = client.updateWebhookSubscription(created.id(),
                new SubscriptionUpdate(null, List.of("message.received", "message.read"), List.of(LINE), false));
        assertEquals(Map.of("subscribed_events", List.of("message.received", "message.read"),
                "phone_numbers", List.of(LINE), "is_active", false),
                body(last("PUT", "^/webhook-subscriptions/" + created.id() + "$")));
        assertEquals(false, updated.isActive());
        assertEquals(List.of(LINE), updated.phoneNumbers());
        assertNotNull(updated.updatedAt());
    }

    @Test
    void webhookEventTypesAreListed() {
        WebhookEventTypes types = client.listWebhookEventTypes();
        last("GET", "^/webhook-events$");
        assertTrue(types.events().contains("message.received"));
        assertEquals("https://docs.linqapp.com/guides/webhooks/events", types.docUrl());
    }

    @Test
    void handlesAreBlockedListedAndUnblockedWithABody() {
        BlockedHandleCreated blocked = client.blockHandle(new BlockRequest(FAMILY, "asked to stop"));
        assertEquals(Map.of("handle", FAMILY, "reason", "asked to stop"), body(last("POST", "^/blocked_handles$")));
        assertEquals(FAMILY, blocked.blockedHandle().handle());
        assertNotNull(blocked.blockedHandle().blockedAt());

        BlockedHandles list = client.listBlockedHandles();
        assertEquals("asked to stop", list.blockedHandles().get(0).reason());

        client.unblockHandle(FAMILY);
        assertEquals(Map.of("handle", FAMILY), body(last("DELETE", "^/blocked_handles$")));
        assertTrue(client.listBlockedHandles().blockedHandles().isEmpty());
    }

    @Test
    void experiencesAreListedAndReadWithTheirFields() {
        Experiences all = client.listExperiences();
        assertTrue(all.experiences().stream().anyMatch(e -> "agentpay".equals(e.experience())));
        Experience link = client.getExperience("link");
        last("GET", "^/experiences/link$");
        assertEquals("Link", link.displayName());
        Experience.Action open = link.actions().get(0);
        assertEquals("open", open.name());
        assertEquals(true, open.fields().get("url").required());
        assertEquals("url", open.fields().get("url").type());
        assertEquals(80L, open.fields().get("caption").max());
    }
}
