package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway, run with the container image's JVM settings (GATEWAY_JVM_MEMORY), takes concurrent sends
 * of near-maximal texts from more threads than the database pool has connections. Every send is answered 2xx,
 * nothing runs out of memory, H2 keeps its database open, the JDK's direct buffers stay small and RSS stays
 * under the 400 MB target. Under bench/run --soak's load the earlier settings failed exactly there: every
 * worker thread that committed to H2 kept NIO's direct copy of its largest chunk, the threads together exhausted
 * MaxDirectMemorySize, and H2 closed the database (the image now caps the copy, -Djdk.nio.maxCachedBufferSize).
 * This load is far smaller than the soak's and does not reproduce that (the earlier settings pass it too); it
 * checks that the shipped flags start the packaged jar at all (a flag this JVM does not know would stop it) and
 * hold under concurrent sends.
 */
class ShippedJvmSettingsIT {

    private static final int SENDERS = 32;
    private static final int SENDS_EACH = 20;
    /** Near Linq's limit of 10 000 characters (LinqLimits.MAX_TEXT_LENGTH). */
    private static final String TEXT = "Liban will drive tomorrow at 8am. ".repeat(290);
    private static final long MAX_DIRECT_BYTES = 24L << 20;
    private static final long MAX_RSS_KB = 400L << 10;

    @Test
    void theShippedSettingsTakeConcurrentLargeSends() throws Exception {
        List<String> flags = List.of(shippedFlags().split(" +"));
        long logStart = GatewayProcess.logSize();
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-shipped-jvm"))) {
            List<String> start = new ArrayList<>(flags);
            start.add("-XX:TieredStopAtLevel=4"); // every compiler tier, as the image runs (GatewayProcess stops at C1)
            start.add("-Dgateway.inbound.poller.enabled=false");
            gateway.start(start.toArray(String[]::new));

            String chat = gateway.api().body(Map.of("to_phone", "+15551230001", "initial_message", "Hello"))
                    .post("/api/chats").then().extract().path("chat_id");
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            try {
                List<Callable<List<Integer>>> senders = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    int sender = s;
                    senders.add(() -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < SENDS_EACH; i++) {
                            statuses.add(gateway.api().body(Map.of("text", sender + "/" + i + " " + TEXT))
                                    .post("/api/chats/{id}/messages", chat).statusCode());
                        }
                        return statuses;
                    });
                }
                for (Future<List<Integer>> answers : pool.invokeAll(senders)) {
                    for (int status : answers.get()) {
                        assertTrue(status == 201 || status == 202, "a send is accepted, not " + status);
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            String metrics = gateway.management().get("/q/metrics").then().statusCode(200).extract().asString();
            long direct = (long) Double.parseDouble(metric(metrics,
                    "jvm_buffer_memory_used_bytes\\{[^}]*id=\"direct\"[^}]*\\} ([0-9.E+]+)"));
            assertTrue(direct <= MAX_DIRECT_BYTES, "direct buffers after the load: " + direct + " bytes");
            Path status = Path.of("/proc/" + gateway.pid() + "/status");
            if (Files.exists(status)) {
                long rssKb = Long.parseLong(metric(Files.readString(status), "VmRSS:\\s+(\\d+) kB"));
                assertTrue(rssKb <= MAX_RSS_KB, "RSS after the load: " + rssKb + " kB");
            }
        }
        String ours = String.join("\n", GatewayProcess.logSince(logStart));
        assertFalse(ours.contains("OutOfMemoryError"), "the gateway ran out of memory; see " + GatewayProcess.LOG);
        assertFalse(ours.contains("The database has been closed"), "H2 closed the database; see " + GatewayProcess.LOG);
    }

    /** GATEWAY_JVM_MEMORY as the container image sets it (ShippedJvmSettingsTest keeps the copies equal). */
    static String shippedFlags() throws IOException {
        return metric(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")), "(?m)^ENV GATEWAY_JVM_MEMORY=\"([^\"]+)\"$");
    }

    private static String metric(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "found " + regex);
        return matcher.group(1);
    }

}
