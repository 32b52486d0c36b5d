package com.caresupport.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The packaged gateway in prod logs one JSON object per line, with the message's ids on lines about it. */
class JsonLogIT {

    private static final Path LOG = Path.of("target/gateway-process.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAMILY = "+15551230031";

    @Test
    void prodLogsAreJsonLinesCarryingTheMessageIds() throws Exception {
        long from = Files.exists(LOG) ? Files.size(LOG) : 0;
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-json"))
                .start("-Dquarkus.log.category.\"com.caresupport.gateway\".level=DEBUG")) {
            String chatId = gateway.api().body(Map.of("to_phone", FAMILY, "initial_message", "Hello from the team"))
                    .post("/api/chats").then().statusCode(201).extract().path("chat_id");
            gateway.http().contentType("application/json").body(Map.of("path", "^/chats/[^/]+/messages$",
                    "method", "POST", "status", 503, "count", 3)).post("/sandbox/control/faults").then().statusCode(201);
            String localId = gateway.api().body(Map.of("text", "Queued first, then delivered."))
                    .post("/api/chats/{id}/messages", chatId).then().statusCode(202).extract().path("local_id");

            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    linesSince(from).stream().anyMatch(line -> localId.equals(line.path("mdc").path("message_id").asText())
                            && line.path("message").asText().startsWith("Linq accepted message")));
        }
        List<JsonNode> lines = linesSince(from);
        assertFalse(lines.isEmpty());
        for (JsonNode line : lines) {
            for (String field : List.of("timestamp", "level", "loggerName", "message", "mdc")) {
                assertTrue(line.has(field), field + " missing in " + line);
            }
        }
        assertEquals(0, lines.stream().filter(l -> "INFO".equals(l.path("level").asText())
                && l.path("message").asText().contains(FAMILY)).count(), "no phone number at INFO");
    }

    /** Every line the process wrote since {@code offset}; each must be a JSON object. */
    private static List<JsonNode> linesSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(LOG);
        String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject(), "not a JSON object: " + line);
                lines.add(node);
            }
        }
        return lines;
    }
}
