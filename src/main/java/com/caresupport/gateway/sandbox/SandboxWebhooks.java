package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers events to the sandbox's webhook subscriptions as Linq does: a JSON envelope POSTed to the target
 * URL, in the payload version the URL pins ({@code ?version=}), signed under both of Linq's schemes, and
 * retried with doubling backoff a bounded number of times when the receiver does not answer 2xx.
 */
@ApplicationScoped
public class SandboxWebhooks {

    static final String V2026 = "2026-02-03";
    static final String V2025 = "2025-01-01";

    private final SandboxConfig config;
    private final SandboxState state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    SandboxWebhooks(SandboxConfig config, SandboxState state) {
        this.config = config;
        this.state = state;
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Sends {@code eventType} to every active subscription that wants it; {@code data} builds the payload per version. */
    void emit(String eventType, Function<String, JsonNode> data) {
        int generation = state.generation.get();
        for (ObjectNode subscription : state.subscriptions.values()) {
            boolean wanted = subscription.path("is_active").asBoolean()
                    && contains(subscription.path("subscribed_events"), eventType);
            if (!wanted) {
                continue;
            }
            String version = version(subscription.path("target_url").asText());
            if (eventType.equals("message.edited") && !version.equals(V2026)) {
                continue;
            }
            String eventId = UUID.randomUUID().toString();
            ObjectNode envelope = SandboxJson.object().put("api_version", "v3").put("webhook_version", version)
                    .put("event_type", eventType).put("event_id", eventId).put("created_at", Instant.now().toString())
                    .put("partner_id", config.partnerId())
                    .put("trace_id", UUID.randomUUID().toString().replace("-", ""));
            envelope.set("data", data.apply(version));
            String body = envelope.toString();
            scheduler.execute(() -> attempt(subscription, eventType, eventId, body, 1, generation));
        }
    }

    private void attempt(ObjectNode subscription, String eventType, String eventId, String body, int attempt,
            int generation) {
        if (state.generation.get() != generation) {
            return;
        }
        String id = subscription.path("id").asText();
        String secret = state.secrets.get(id);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Integer status = null;
        String error = null;
        state.deliveriesAttempted.incrementAndGet();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.path("target_url").asText()))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("webhook-id", eventId)
                    .header("webhook-timestamp", timestamp)
                    .header("webhook-signature", "v1," + standardSignature(secret, eventId, timestamp, body))
                    .header("X-Webhook-Event", eventType)
                    .header("X-Webhook-Subscription-ID", id)
                    .header("X-Webhook-Timestamp", timestamp)
                    .header("X-Webhook-Signature", legacySignature(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean delivered = status != null && status >= 200 && status < 300;
        ObjectNode entry = SandboxJson.object().put("subscription_id", id).put("event_id", eventId)
                .put("event_type", eventType).put("attempt", attempt).put("at", Instant.now().toString());
        entry.put("status", status);
        entry.put("error", error);
        state.log(state.deliveryLog, entry);
        if (delivered) {
            state.deliveriesSucceeded.incrementAndGet();
        } else if (attempt < config.webhooks().maxAttempts()) {
            long wait = config.webhooks().initialBackoff().toMillis() << (attempt - 1);
            scheduler.schedule(() -> attempt(subscription, eventType, eventId, body, attempt + 1, generation), wait,
                    TimeUnit.MILLISECONDS);
        } else {
            state.deliveriesFailed.incrementAndGet();
            Log.debugf("Sandbox gave up delivering %s to %s", eventType, id);
        }
    }

    /** Standard Webhooks: base64 HMAC-SHA256 over {@code id.timestamp.body}, keyed by the decoded secret. */
    static String standardSignature(String secret, String id, String timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        return Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
    }

    /** Legacy: hex HMAC-SHA256 over {@code timestamp.body}, keyed by the secret's text as configured. */
    static String legacySignature(String secret, String timestamp, String body) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String version(String targetUrl) {
        int at = targetUrl.indexOf("version=");
        if (at < 0) {
            return V2026;
        }
        String value = targetUrl.substring(at + "version=".length()).split("&")[0];
        return value.equals(V2025) ? V2025 : V2026;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
