package com.caresupport.gateway.delivery;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayApi;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.testing.TestSigner;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many sends at once while the sandbox reports sent, delivered and read a millisecond apart: the send's own
 * answer and the webhook news race to update the same message. Whatever order they land in, the recorded
 * status is the furthest state the message reached, and its history holds each state once.
 */
@QuarkusTest
@TestProfile(DeliveryStatusRaceTest.FastDelivery.class)
@Tag("persistence")
class DeliveryStatusRaceTest extends LinqTestSupport {

    private static final int SENDS = 300;
    private static final int CALLERS = 16;
    /** Phone numbers ending in 0–4 reach iMessage in the sandbox, so every message goes on to read. */
    private static final String FAMILY = "+15551230001";
    private static final int RACED_MESSAGES = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> NEWS = Set.of("message.sent", "message.delivered", "message.read");

    /** The sandbox moves a message along 1, 2 and 3 ms after Linq accepted it. */
    public static class FastDelivery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.sandbox.delivery.sent-delay", "1ms", "linq.sandbox.delivery.delivered-delay", "2ms",
                    "linq.sandbox.delivery.read-delay", "3ms");
        }
    }

    @TestHTTPResource("/webhooks/linq")
    URL receiver;

    @TestHTTPResource("/api/chats")
    URL chats;

    @Test
    void concurrentSendsWithFastNewsEndAtTheFurthestStateTheyReached() throws Exception {
        Instant start = Instant.now();
        api().body(Map.of("target_url", receiver.toString(), "events", List.copyOf(NEWS)))
                .post("/api/webhook-subscriptions").then().statusCode(201);
        String chatId = SandboxControl.openChat(FAMILY);

        List<Answer> answers = sendAll(chatId);

        List<Answer> failed = answers.stream().filter(a -> a.status() >= 500).toList();
        assertEquals(List.of(), failed, "no send may answer 5xx");
        List<String> ids = answers.stream().map(Answer::localId).toList();
        assertEquals(SENDS, ids.stream().filter(id -> id != null).distinct().count(), "every send was accepted");

        // Wait for every piece of news to be processed, however long a slow machine takes.
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                processedNews(start) >= 3L * SENDS && everyHistoryReached(ids, DeliveryStatus.READ));

        Map<String, DeliveryStatus> recorded = QuarkusTransaction.requiringNew().call(() ->
                MessageRecord.<MessageRecord>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(m -> m.id, m -> m.deliveryStatus)));
        Map<String, List<DeliveryStatus>> histories = histories(ids);
        List<String> behind = new ArrayList<>();
        for (String id : ids) {
            List<DeliveryStatus> history = histories.get(id);
            assertEquals(history.size(), Set.copyOf(history).size(), "each state once in the history of " + id);
            DeliveryStatus furthest = history.stream().max(Comparator.naturalOrder()).orElseThrow();
            if (recorded.get(id) != furthest) {
                behind.add(id + " is " + recorded.get(id) + " after " + history);
            }
        }
        assertEquals(List.of(), behind, "delivery_status must equal the furthest state in the history");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count(
                "receivedAt >= ?1 and attempts > 1", start)), "news was processed at the first attempt");
    }

    @Test
    void repeatedAndReorderedDeliveriesOfTheNewsRaceEachOther() throws Exception {
        String chatId = SandboxControl.openChat(FAMILY);
        List<String> ids = new ArrayList<>();
        List<String> webhookIds = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Random random = new Random(12);
        for (int m = 0; m < RACED_MESSAGES; m++) {
            JsonPath sent = api().body(Map.of("text", "Raced " + m)).post("/api/chats/{id}/messages", chatId)
                    .then().statusCode(201).extract().jsonPath();
            ids.add(sent.getString("local_id"));
            // Two deliveries of each piece of news (as from two subscriptions), each arriving twice.
            List<Delivery> burst = new ArrayList<>();
            for (String state : List.of("sent", "delivered", "read", "sent", "delivered", "read")) {
                Delivery news = Delivery.of(state, sent.getString("message_id"), chatId);
                webhookIds.add(news.webhookId());
                burst.add(news);
                burst.add(news);
            }
            Collections.shuffle(burst, random);
            answers.addAll(all(burst.stream().<Callable<Answer>>map(d -> () -> d.post(receiver)).toList()));
        }

        assertEquals(List.of(), answers.stream().filter(a -> a.status() != 200).toList(), "every copy is taken");
        assertEquals(webhookIds.size(), answers.stream().filter(a -> a.body().contains("\"duplicate\":false")).count(),
                "each delivery is stored once, however many copies race");
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count("webhookId in ?1 and state = ?2",
                        webhookIds, WebhookEvent.State.PROCESSED)) == webhookIds.size());
        Map<String, List<DeliveryStatus>> histories = histories(ids);
        for (String id : ids) {
            api().get("/api/messages/{id}", id).then().statusCode(200).body("delivery_status", equalTo("read"));
            List<DeliveryStatus> history = histories.get(id);
            assertEquals(history.size(), Set.copyOf(history).size(), "each state once in " + history);
            assertTrue(history.containsAll(List.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ)),
                    "no news lost: " + history);
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count(
                "webhookId in ?1 and attempts > 1", webhookIds)), "news was processed at the first attempt");
    }

    /** One signed 2026-02-03 delivery of news about an outbound message; posting it again repeats it exactly. */
    record Delivery(String webhookId, String body) {

        static Delivery of(String state, String linqMessageId, String chatId) {
            String id = "evt_" + UUID.randomUUID();
            String now = Instant.now().toString();
            String body = """
                    {"api_version":"v3","webhook_version":"2026-02-03","event_type":"message.%s","event_id":"%s",
                     "created_at":"%s","partner_id":"p-test","data":{"id":"%s","chat":{"id":"%s","is_group":false},
                     "direction":"outbound","service":"iMessage","sent_at":"%s","delivered_at":%s,"read_at":%s}}"""
                    .formatted(state, id, now, linqMessageId, chatId, now,
                            state.equals("sent") ? "null" : "\"" + now + "\"", state.equals("read") ? "\"" + now + "\"" : "null");
            return new Delivery(id, body);
        }

        Answer post(URL receiver) throws Exception {
            String ts = TestSigner.now();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(receiver.toURI())
                    .header("Content-Type", "application/json").header("webhook-id", webhookId)
                    .header("webhook-timestamp", ts)
                    .header("webhook-signature", "v1," + TestSigner.standard(TestSigner.SECRET, webhookId, ts, body))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), null, response.body());
        }
    }

    /** Runs the calls at once, from as many threads as there are calls, up to {@link #CALLERS}. */
    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), CALLERS));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Answer> sendAll(String chatId) throws Exception {
        URI send = URI.create(chats + "/" + chatId + "/messages");
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            String body = "{\"text\":\"Reminder " + i + "\"}";
            calls.add(() -> {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(send)
                        .header("Authorization", "Bearer " + GatewayApi.DEV_KEY)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                String localId = response.statusCode() < 300 ? new JsonPath(response.body()).getString("local_id") : null;
                return new Answer(response.statusCode(), localId, response.body());
            });
        }
        return all(calls);
    }

    private static long processedNews(Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count(
                "receivedAt >= ?1 and state = ?2 and eventType in ?3", since, WebhookEvent.State.PROCESSED, NEWS));
    }

    private static boolean everyHistoryReached(List<String> ids, DeliveryStatus status) {
        return QuarkusTransaction.requiringNew().call(() ->
                StatusChange.count("messageId in ?1 and status = ?2", ids, status)) == ids.size();
    }

    static Map<String, List<DeliveryStatus>> histories(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> StatusChange.<StatusChange>list("messageId in ?1", ids)
                .stream().collect(Collectors.groupingBy(c -> c.messageId,
                        Collectors.mapping(c -> c.status, Collectors.toList()))));
    }

    record Answer(int status, String localId, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
