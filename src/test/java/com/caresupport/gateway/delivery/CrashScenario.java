package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.caresupport.gateway.testing.GatewayProcess;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * Crashes a gateway while it takes sends: streams of sends while Linq is up, failing and slow, each ended by a
 * SIGKILL at a random moment and followed by a restart from the same database. Then, on Linq's side, every send
 * the gateway acknowledged with a 2xx must have reached Linq exactly once, under one idempotency key, and no
 * message at all may have reached it under two. Linq is another gateway process serving only its sandbox, so
 * its record outlives the crashes. The moments come from a seed, printed, that {@code -Dgateway.crash.seed}
 * replays.
 */
final class CrashScenario {

    /** What Linq does during one stream. */
    enum Linq {
        UP, FAILING, SLOW
    }

    private static final int SENDERS = 2;
    private static final int MAX_SENDS_PER_STREAM = 40;

    /** Gateway settings for the crash runs: Linq elsewhere, and short leases so a restart takes over soon. */
    static String[] againstLinq(GatewayProcess linq) {
        return new String[] {"-Dlinq.sandbox.enabled=false",
                "-Dlinq.base-url=http://localhost:" + linq.port() + "/sandbox/linq/api/partner",
                "-Dgateway.inbound.poller.enabled=false", "-Dgateway.outbox.lease=5s", "-Dgateway.outbox.max-backoff=2s"};
    }

    private record Ack(String text, int status, String localId) {
    }

    private final GatewayProcess linq;
    private final GatewayProcess gateway;
    private final String[] properties;
    private final long seed;
    private final Random random;
    private final List<Ack> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger counter = new AtomicInteger();

    CrashScenario(String name, GatewayProcess linq, GatewayProcess gateway, String... properties) {
        this.linq = linq;
        this.gateway = gateway;
        this.properties = properties;
        this.seed = Long.getLong("gateway.crash.seed", System.nanoTime());
        this.random = new Random(seed);
        System.out.println("[crash] " + name + ": seed " + seed + " (replay with -Dgateway.crash.seed=" + seed + ")");
    }

    void run() throws Exception {
        linq.http().post("/sandbox/control/reset").then().statusCode(204);
        for (Linq phase : Linq.values()) {
            faults(phase);
            gateway.start(properties);
            long killAfter = random.nextInt(2500);
            System.out.println("[crash] Linq " + phase + ": SIGKILL " + killAfter + " ms after the first answer");
            stream(phase, killAfter);
        }
        linq.http().delete("/sandbox/control/faults").then().statusCode(204);
        gateway.start(properties);

        Awaitility.await("every acknowledged send reaches Linq").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    Map<String, Set<String>> keys = keysByText();
                    Set<String> created = createdKeys();
                    return acknowledged.stream().allMatch(a -> keys.getOrDefault(a.text(), Set.of()).stream()
                            .anyMatch(created::contains));
                });
        verify();
    }

    private void faults(Linq phase) {
        linq.http().delete("/sandbox/control/faults").then().statusCode(204);
        Map<String, Object> fault = switch (phase) {
            case UP -> null;
            case FAILING -> Map.of("path", "^/chats$", "method", "POST", "status", 503, "rate", 0.5);
            case SLOW -> Map.of("path", "^/chats$", "method", "POST", "latency_ms", 1500);
        };
        if (fault != null) {
            linq.http().contentType("application/json").body(fault).post("/sandbox/control/faults").then().statusCode(201);
        }
    }

    /** Sends from a few threads until the gateway is killed, {@code killAfter} ms after its first answer. */
    private void stream(Linq phase, long killAfter) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        int before = acknowledged.size();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int i = 0; i < SENDERS; i++) {
            senders.submit(() -> {
                while (!killed.get() && sent.incrementAndGet() <= MAX_SENDS_PER_STREAM) {
                    String text = "crash " + seed + " " + phase + " " + counter.incrementAndGet();
                    try {
                        Response response = gateway.api().body(Map.of("to_phone", "+15551230001", "initial_message", text))
                                .post("/api/chats");
                        if (response.statusCode() / 100 == 2) {
                            acknowledged.add(new Ack(text, response.statusCode(), response.path("local_id")));
                        } else {
                            outcomes.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                        }
                    } catch (RuntimeException e) {
                        // The gateway died under this request (or refused it, being dead): not acknowledged.
                        outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
            });
        }
        // A freshly started gateway answers its first send slowly; the kill comes once it is in its stride.
        Awaitility.await("a first send is answered").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() > before);
        Thread.sleep(killAfter);
        gateway.kill();
        killed.set(true);
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        System.out.println("[crash] Linq " + phase + ": " + (acknowledged.size() - before) + " acknowledged, others " + outcomes);
    }

    private void verify() {
        Map<String, Set<String>> keys = keysByText();
        Set<String> created = createdKeys();
        List<String> problems = new ArrayList<>();
        for (Ack ack : acknowledged) {
            Set<String> used = keys.getOrDefault(ack.text(), Set.of());
            if (used.size() != 1) {
                problems.add("acknowledged (" + ack.status() + ") \"" + ack.text() + "\" reached Linq under keys " + used);
            } else if (!created.containsAll(used)) {
                problems.add("acknowledged (" + ack.status() + ") \"" + ack.text() + "\" was never created at Linq");
            }
            int stored = gateway.api().get("/api/messages/{id}", ack.localId()).statusCode();
            if (stored != 200) {
                problems.add("acknowledged \"" + ack.text() + "\" is not in the gateway's store (" + stored + ")");
            }
        }
        keys.forEach((text, used) -> {
            if (used.size() > 1) {
                problems.add("\"" + text + "\" reached Linq under " + used.size() + " keys: " + used);
            }
        });
        int messagesCreated = linq.http().get("/sandbox/control/counters").then().statusCode(200).extract()
                .path("messages_created");
        System.out.println("[crash] " + acknowledged.size() + " sends acknowledged, " + keys.size()
                + " reached Linq, " + messagesCreated + " messages created");
        assertFalse(acknowledged.isEmpty(), "the gateway acknowledged some sends (seed " + seed + ")");
        assertEquals(List.of(), problems, "seed " + seed);
        assertEquals(created.size(), messagesCreated, "one message per idempotency key (seed " + seed + ")");
    }

    /** For each message text Linq was asked to send, the idempotency keys it came with. */
    private Map<String, Set<String>> keysByText() {
        List<Map<String, Object>> requests = linq.http().queryParam("path", "^/chats$").queryParam("method", "POST")
                .get("/sandbox/control/requests").then().statusCode(200).extract().jsonPath().getList("requests");
        Map<String, Set<String>> keys = new HashMap<>();
        for (Map<String, Object> request : requests) {
            Map<?, ?> message = (Map<?, ?>) ((Map<?, ?>) request.get("body")).get("message");
            String text = (String) ((Map<?, ?>) ((List<?>) message.get("parts")).get(0)).get("value");
            keys.computeIfAbsent(text, t -> new HashSet<>()).add((String) message.get("idempotency_key"));
        }
        return keys;
    }

    /** The idempotency keys under which Linq created a message (the sandbox creates one per key). */
    private Set<String> createdKeys() {
        Map<String, Integer> keys = linq.http().get("/sandbox/control/counters").then().statusCode(200).extract()
                .jsonPath().getMap("idempotency_keys");
        return keys == null ? Set.of() : keys.keySet();
    }
}
