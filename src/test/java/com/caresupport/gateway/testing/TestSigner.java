package com.caresupport.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries the way Linq does, written from the fact sheet independently of the gateway's
 * verifier and the sandbox's signer, so that a test proves the two implementations agree with Linq.
 */
public final class TestSigner {

    /** The fake secrets of the test application.properties: the current one and the one being rotated out. */
    public static final String SECRET = "whsec_dGVzdC1vbmx5LXNlY3JldC0x";
    public static final String OLD_SECRET = "whsec_dGVzdC1vbmx5LXNlY3JldC0y";
    public static final String UNKNOWN_SECRET = "whsec_bm90LWEtc2VjcmV0LXdlLWtub3c=";

    private TestSigner() {
    }

    public static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    /**
     * A delivery of {@code body} under webhook id {@code id}, signed with {@link #SECRET}, for the tests that send
     * bursts to a packaged gateway with the JDK's client.
     */
    public static HttpRequest signedDelivery(URI receiver, String id, String body) {
        String ts = now();
        return HttpRequest.newBuilder(receiver).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", "v1," + standard(SECRET, id, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Standard Webhooks: base64(HMAC-SHA256(base64decode(secret minus whsec_), id.ts.body)). */
    public static String standard(String secret, String id, String timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
        return Base64.getEncoder().encodeToString(mac(key, id + "." + timestamp + "." + body));
    }

    /** Legacy: hex(HMAC-SHA256(secret text, ts.body)). */
    public static String legacy(String secret, String timestamp, String body) {
        return HexFormat.of().formatHex(mac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    /** Legacy with the other reading of the key: the decoded secret bytes. */
    public static String legacyDecodedKey(String secret, String timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
        return HexFormat.of().formatHex(mac(key, timestamp + "." + body));
    }

    /** A signed delivery request (Standard Webhooks headers) with the current secret. */
    public static Response post(String id, String body) {
        String ts = now();
        return delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", "v1," + standard(SECRET, id, ts, body)).body(body).post("/webhooks/linq");
    }

    public static RequestSpecification delivery() {
        return given().contentType("application/json");
    }

    /** A 2026-02-03 {@code message.received} envelope. */
    public static String inbound(String eventId, String messageId, String chatId, String from, String text) {
        return """
                {"api_version":"v3","webhook_version":"2026-02-03","event_type":"message.received","event_id":"%s",
                 "created_at":"%s","partner_id":"p-test","trace_id":"0123456789abcdef0123456789abcdef",
                 "data":{"id":"%s","chat":{"id":"%s","is_group":false},"direction":"inbound",
                 "parts":[{"type":"text","value":"%s"}],"sender_handle":{"id":"h1","handle":"%s","service":"SMS"},
                 "service":"SMS","sent_at":"%s"}}""".formatted(eventId, Instant.now(), messageId, chatId, text, from,
                Instant.now());
    }

    private static byte[] mac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
