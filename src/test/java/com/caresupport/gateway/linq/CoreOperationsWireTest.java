package com.caresupport.gateway.linq;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.linq.wire.AttachmentRequest;
import com.caresupport.gateway.linq.wire.AttachmentUpload;
import com.caresupport.gateway.linq.wire.Capability;
import com.caresupport.gateway.linq.wire.Chat;
import com.caresupport.gateway.linq.wire.ContactCardRequest;
import com.caresupport.gateway.linq.wire.ChatPage;
import com.caresupport.gateway.linq.wire.CreateChatRequest;
import com.caresupport.gateway.linq.wire.CreateChatResponse;
import com.caresupport.gateway.linq.wire.EditMessageRequest;
import com.caresupport.gateway.linq.wire.LegacyPhoneNumbers;
import com.caresupport.gateway.linq.wire.Message;
import com.caresupport.gateway.linq.wire.MessageContent;
import com.caresupport.gateway.linq.wire.MessagePage;
import com.caresupport.gateway.linq.wire.Part;
import com.caresupport.gateway.linq.wire.PhoneNumbers;
import com.caresupport.gateway.linq.wire.ReactionRequest;
import com.caresupport.gateway.linq.wire.SendMessageRequest;
import com.caresupport.gateway.linq.wire.SendMessageResponse;
import com.caresupport.gateway.linq.wire.SubscriptionRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoRequest;
import com.caresupport.gateway.linq.wire.VoiceMemoResponse;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import com.caresupport.gateway.linq.wire.WebhookSubscriptions;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operations the gateway has always called, each through {@link LinqClient} against the sandbox: the request
 * Linq received has the SDK's method, path, query and body, and Linq's answer parses into the typed record.
 * (The newer operations have their own wire tests beside this one.)
 */
@QuarkusTest
class CoreOperationsWireTest extends LinqTestSupport {

    private static final String FAMILY = "+15551230001";
    private static final String OTHER = "+15551230002";

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

    private static MessageContent text(String value) {
        return new MessageContent(List.of(new Part("text", value, null, null)), null, UUID.randomUUID().toString(),
                null, null);
    }

    @Test
    void createChatPostsSenderRecipientsAndKeyedMessage() {
        MessageContent message = text("Welcome to the care team");
        CreateChatResponse created = client.createChat(new CreateChatRequest(LINE, List.of(FAMILY), message));
        Map<String, Object> sent = body(last("POST", "^/chats$"));
        assertEquals(LINE, sent.get("from"));
        assertEquals(List.of(FAMILY), sent.get("to"));
        assertEquals(Map.of("parts", List.of(Map.of("type", "text", "value", "Welcome to the care team")),
                "idempotency_key", message.idempotencyKey()), sent.get("message"));
        assertNotNull(created.chat().id());
        assertTrue(created.chat().handles().stream().anyMatch(h -> FAMILY.equals(h.handle())));
    }

    @Test
    void sendMessagePostsTheKeyedMessageToItsChat() {
        String chat = SandboxControl.openChat(FAMILY);
        MessageContent message = text("Pickup moved to 5pm");
        SendMessageResponse answer = client.sendMessage(chat, new SendMessageRequest(message));
        Map<String, Object> sent = body(last("POST", "^/chats/" + chat + "/messages$"));
        assertEquals(message.idempotencyKey(), ((Map<?, ?>) sent.get("message")).get("idempotency_key"));
        assertEquals(chat, answer.chatId());
        assertNotNull(answer.message().id());
        assertNotNull(answer.message().deliveryStatus());
    }

    @Test
    void chatsAreListedWithQueryAndReadOneByOne() {
        String chat = SandboxControl.openChat(FAMILY);
        ChatPage page = client.listChats(LINE, null, 5, null);
        Map<String, Object> sent = last("GET", "^/chats$");
        assertTrue(String.valueOf(sent.get("query")).contains("limit=5"), "limit goes in the query: " + sent);
        assertTrue(String.valueOf(sent.get("query")).contains("from="), "from goes in the query: " + sent);
        assertFalse(page.chats().isEmpty());
        Chat one = client.getChat(chat);
        last("GET", "^/chats/" + chat + "$");
        assertEquals(chat, one.id());
    }

    @Test
    void messagesAreListedReadEditedAndDeleted() {
        String chat = SandboxControl.openChat(FAMILY);
        SendMessageResponse sent = client.sendMessage(chat, new SendMessageRequest(text("Your ride is booked")));
        String id = sent.message().id();
        MessagePage page = client.listMessages(chat, 10, null);
        assertTrue(String.valueOf(last("GET", "^/chats/" + chat + "/messages$").get("query")).contains("limit=10"));
        assertTrue(page.messages().stream().anyMatch(m -> id.equals(m.id())));
        Message read = client.getMessage(id);
        last("GET", "^/messages/" + id + "$");
        assertEquals(id, read.id());
        client.editMessage(id, new EditMessageRequest("Your ride is booked for 9am", 0));
        assertEquals(Map.of("text", "Your ride is booked for 9am", "part_index", 0),
                body(last("PATCH", "^/messages/" + id + "$")));
        client.deleteMessage(id);
        last("DELETE", "^/messages/" + id + "$");
    }

    @Test
    void typingReadAndReactionsReachTheirRoutes() {
        String chat = SandboxControl.openChat(FAMILY);
        String id = client.sendMessage(chat, new SendMessageRequest(text("See you soon"))).message().id();
        client.startTyping(chat);
        last("POST", "^/chats/" + chat + "/typing$");
        client.stopTyping(chat);
        last("DELETE", "^/chats/" + chat + "/typing$");
        client.markRead(chat);
        last("POST", "^/chats/" + chat + "/read$");
        client.react(id, new ReactionRequest("add", "love", null, null));
        assertEquals(Map.of("operation", "add", "type", "love"), body(last("POST", "^/messages/" + id + "/reactions$")));
    }

    @Test
    void voiceMemoContactCardAndParticipants() {
        String chat = SandboxControl.openChat(FAMILY, OTHER);
        VoiceMemoResponse memo = client.sendVoiceMemo(chat, new VoiceMemoRequest("https://cdn.example.org/memo.m4a", null));
        assertEquals(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a"),
                body(last("POST", "^/chats/" + chat + "/voicememo$")));
        assertNotNull(memo.voiceMemo().id());
        // Linq shares only a card that is set up for the line (the sandbox refuses otherwise, as Linq does).
        try {
            client.createContactCard(new ContactCardRequest(LINE, "Care", "Team", null));
        } catch (LinqRejectedException alreadySetUp) {
            assertEquals(409, alreadySetUp.status(), alreadySetUp.getMessage());
        }
        client.shareContactCard(chat);
        last("POST", "^/chats/" + chat + "/share_contact_card$");
        client.addParticipant(chat, "+15551230003");
        assertEquals(Map.of("handle", "+15551230003"), body(last("POST", "^/chats/" + chat + "/participants$")));
        client.removeParticipant(chat, "+15551230003");
        assertEquals(Map.of("handle", "+15551230003"), body(last("DELETE", "^/chats/" + chat + "/participants$")));
    }

    @Test
    void attachmentPreUploadAnswersASlot() {
        AttachmentUpload slot = client.preUploadAttachment(new AttachmentRequest("care-plan.pdf", "application/pdf", 2048));
        assertEquals(Map.of("filename", "care-plan.pdf", "content_type", "application/pdf", "size_bytes", 2048),
                body(last("POST", "^/attachments$")));
        assertNotNull(slot.attachmentId());
        assertNotNull(slot.uploadUrl());
    }

    @Test
    void linesAreListedOnBothPaths() {
        PhoneNumbers lines = client.listPhoneNumbers();
        last("GET", "^/phone_numbers$");
        assertTrue(lines.phoneNumbers().stream().anyMatch(l -> LINE.equals(l.phoneNumber())));
        LegacyPhoneNumbers older = client.listPhonenumbers();
        last("GET", "^/phonenumbers$");
        assertTrue(older.phoneNumbers().stream().anyMatch(l -> LINE.equals(l.phoneNumber())));
    }

    @Test
    void webhookSubscriptionsAreCreatedListedAndDeleted() {
        WebhookSubscription created = client.createWebhookSubscription(new SubscriptionRequest(
                "https://apps.example.org/hooks/linq", List.of("message.received"), null));
        assertEquals(Map.of("target_url", "https://apps.example.org/hooks/linq", "subscribed_events",
                List.of("message.received")), body(last("POST", "^/webhook-subscriptions$")));
        assertNotNull(created.id());
        WebhookSubscriptions all = client.listWebhookSubscriptions();
        last("GET", "^/webhook-subscriptions$");
        assertTrue(all.subscriptions().stream().anyMatch(s -> created.id().equals(s.id())));
        client.deleteWebhookSubscription(created.id());
        last("DELETE", "^/webhook-subscriptions/" + created.id() + "$");
    }

    @Test
    void capabilityChecksPostTheAddress() {
        Capability imessage = client.checkIMessage(FAMILY, LINE);
        assertEquals(Map.of("address", FAMILY, "from", LINE), body(last("POST", "^/capability/check_imessage$")));
        assertEquals(FAMILY, imessage.address());
        Capability rcs = client.checkRcs(FAMILY, LINE);
        assertEquals(Map.of("address", FAMILY, "from", LINE), body(last("POST", "^/capability/check_rcs$")));
        assertEquals(FAMILY, rcs.address());
    }

    @Test
    void refusalsArriveAsLinqRejections() {
        LinqRejectedException refused = org.junit.jupiter.api.Assertions.assertThrows(LinqRejectedException.class,
                () -> client.getChat("00000000-0000-0000-0000-000000000000"));
        assertEquals(404, refused.status());
        assertTrue(refused.linqCode().isPresent(), "Linq's own code is kept");
        linq().get("/chats").then().statusCode(200);
    }
}
