package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.testing.Subscriptions;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace per message: the API request, storing it, the Linq call (tagged with Linq's X-Trace-ID), the outbox
 * retries, and the webhooks that report its delivery.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest extends LinqTestSupport {

    /** Tracing as with an OTLP endpoint configured; spans go to the in-memory exporter. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final AttributeKey<String> LINQ_TRACE = AttributeKey.stringKey(LinqCallMetrics.LINQ_TRACE_ID);
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("gateway.message_id");

    @Inject
    InMemorySpanExporter spans;

    private String chatId;

    @BeforeEach
    void openChat() {
        chatId = SandboxControl.openChat("+15551230021");
        Subscriptions.subscribeToDeliveryNews();
        spans.reset();
    }

    @Test
    void aSendAndTheWebhooksAboutItShareOneTrace() {
        String localId = api().body(Map.of("text", "The nurse visits at 10am.")).post("/api/chats/{id}/messages", chatId)
                .then().statusCode(201).extract().path("local_id");

        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/chats"));
        String trace = request.getTraceId();
        SpanData store = awaitSpan(s -> s.getName().equals("store message") && localId.equals(s.getAttributes().get(MESSAGE_ID)));
        assertEquals(trace, store.getTraceId(), "storing is part of the request's trace");
        SpanData linqCall = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && trace.equals(s.getTraceId())
                && s.getName().equals("POST /v3/chats/{chatId}/messages"));
        SpanData delivery = awaitSpan(s -> s.getSpanId().equals(linqCall.getParentSpanId()));
        assertEquals(localId, delivery.getAttributes().get(MESSAGE_ID), "the Linq call belongs to the message");
        String linqTrace = delivery.getAttributes().get(LINQ_TRACE);
        assertTrue(linqTrace != null && linqTrace.matches("[0-9a-f]{32}"), "Linq's X-Trace-ID is recorded: " + linqTrace);
        for (String status : List.of("sent", "delivered", "read")) {
            SpanData webhook = awaitSpan(s -> s.getName().equals("webhook message." + status)
                    && localId.equals(s.getAttributes().get(MESSAGE_ID)));
            assertEquals(trace, webhook.getTraceId(), "the " + status + " webhook continues the send's trace");
        }
    }

    @Test
    void outboxRetriesContinueTheTraceOfTheSendThatQueuedThem() {
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(5).install();

        String localId = api().body(Map.of("text", "Queued, then delivered.")).post("/api/chats/{id}/messages", chatId)
                .then().statusCode(202).extract().path("local_id");

        SpanData store = awaitSpan(s -> s.getName().equals("store message") && localId.equals(s.getAttributes().get(MESSAGE_ID)));
        SpanData retry = awaitSpan(s -> s.getName().equals("outbox delivery") && localId.equals(s.getAttributes().get(MESSAGE_ID)));
        assertEquals(store.getTraceId(), retry.getTraceId());
        Set<String> traces = spans.getFinishedSpanItems().stream()
                .filter(s -> localId.equals(s.getAttributes().get(MESSAGE_ID))).map(SpanData::getTraceId)
                .collect(Collectors.toSet());
        assertEquals(1, traces.size(), "every span about the message is in one trace: " + traces);
        assertFalse(store.getTraceId().isBlank());
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
    }
}
