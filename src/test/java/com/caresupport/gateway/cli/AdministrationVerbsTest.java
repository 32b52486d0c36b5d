package com.caresupport.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.inbound.HandleOptOut;
import com.caresupport.gateway.inbound.InboundPoller;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CLI verbs over the administration operations, run in-process through the same picocli wiring as the
 * packaged gateway (factory, error handler), against the sandbox.
 */
@QuarkusTest
class AdministrationVerbsTest extends LinqTestSupport {

    private static final String OPTED_OUT = "+15551239876";

    @Inject
    InProcessCli cli;

    @Inject
    InboundPoller poller;

    private String out;
    private String err;

    @BeforeEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    private int run(String... args) {
        InProcessCli.Run run = cli.run(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void uploadPutsTheBytesAndPrintsTheId(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Liban will drive at 8.");
        assertEquals(0, run("attachments", "upload", file.toString()), err::toString);
        String id = out.toString().trim();
        assertEquals(1, SandboxControl.requests("POST /v3/attachments"));
        assertEquals(0, run("attachments", "get", "--id", id, "--json"), err::toString);
        JsonPath view = JsonPath.from(out.toString());
        assertEquals("complete", view.getString("status"));
        assertEquals("text/plain", view.getString("content_type"));
        assertEquals(22, view.getInt("size_bytes"));
    }

    @Test
    void uploadOfAMissingFileIsInvalidAndCallsNoOne() {
        assertEquals(CliErrors.INVALID, run("attachments", "upload", "/nonexistent/file.pdf"));
        assertEquals(0, SandboxControl.totalRequests());
    }

    @Test
    void blockedHandlesAreAddedListedAndRemoved() {
        assertEquals(0, run("blocked", "add", "+15551230001", "--reason", "asked"), err::toString);
        assertEquals(0, run("blocked", "list", "--json"));
        assertEquals("+15551230001", JsonPath.from(out.toString()).getString("blocked_handles[0].handle"));
        assertEquals(0, run("blocked", "remove", "+15551230001"));
        assertEquals(CliErrors.REJECTED, run("blocked", "remove", "+15551230001"));
        assertEquals(CliErrors.INVALID, run("blocked", "add", "not a handle!"));
    }

    @Test
    void voiceMemoAndParticipantAddAreRefusedForAnOptedOutPerson() {
        String chat = SandboxControl.openChat(OPTED_OUT, "+15551230002");
        SandboxControl.inbound(OPTED_OUT, "STOP");
        poller.poll();
        int before = SandboxControl.totalRequests();
        assertEquals(CliErrors.INVALID, run("voice-memo", "--chat-id", chat, "--url", "https://cdn.example.org/m.m4a"));
        assertTrue(err.toString().contains("opted"), err.toString());
        String other = SandboxControl.openChat("+15551230003", "+15551230004");
        before = SandboxControl.totalRequests();
        assertEquals(CliErrors.INVALID, run("participants", "add", "--chat-id", other, OPTED_OUT));
        assertEquals(before, SandboxControl.totalRequests(), "an opted-out person must not be added");
    }

    @Test
    void messagesGetEditAndDeleteOneMessage() {
        String chat = SandboxControl.openChat("+15551230001");
        String id = SandboxControl.linq().get("/chats/" + chat + "/messages").then().extract().path("messages[0].id");
        assertEquals(0, run("messages", "get", "--message-id", id, "--json"), err::toString);
        assertEquals(id, JsonPath.from(out.toString()).getString("message_id"));
        assertEquals(0, run("messages", "edit", "--message-id", id, "--text", "Hello again"), err::toString);
        assertEquals(0, run("messages", "delete", "--message-id", id), err::toString);
        assertEquals(CliErrors.INVALID, run("messages"));
    }

    @Test
    void chatsRenameAndWebhooksUpdate() {
        String group = SandboxControl.openChat("+15551230001", "+15551230002");
        assertEquals(0, run("chats", "rename", "--chat-id", group, "--name", "Care team"), err::toString);
        assertEquals(0, run("webhooks", "create", "--url", "https://hooks.example.org/x", "--events", "message.sent"));
        String id = out.toString().lines().findFirst().orElseThrow().replace("Subscription created: ", "").trim();
        assertEquals(0, run("webhooks", "update", "--id", id, "--active", "false", "--json"), err::toString);
        assertEquals(false, JsonPath.from(out.toString()).getBoolean("active"));
        assertEquals(0, run("webhooks", "get", "--id", id, "--json"));
        assertTrue(!out.toString().contains("secret"), out.toString());
    }
}
