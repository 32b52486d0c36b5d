package com.caresupport.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Linq webhook signatures, framework-free so internal apps can reuse it. Accepts the Standard
 * Webhooks scheme ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64> ...},
 * key = base64-decoded {@code whsec_} secret, content {@code id.timestamp.body}), the legacy scheme
 * ({@code X-Webhook-Timestamp}, {@code X-Webhook-Signature}: hex HMAC over {@code timestamp.body}, keyed by
 * the secret's text or its decoded bytes, since Linq does not say which), and the older client's
 * {@code X-Linq-*} header names for the legacy scheme. Every secret in rotation is tried; timestamps
 * outside the tolerance, either way, fail; comparisons are constant-time.
 */
public class SignatureVerifier {

    private static final String PREFIX = "whsec_";

    /** One per thread: looking the algorithm up costs more than the HMAC of a delivery; init resets it. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Supplier<List<String>> secrets;
    private final Duration tolerance;
    private final Clock clock;
    private volatile Keys keys;

    private record Keys(List<String> secrets, List<byte[]> decoded) {
    }

    public SignatureVerifier(Supplier<List<String>> secrets, Duration tolerance, Clock clock) {
        this.secrets = secrets;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * Whether the headers carry a signature under either scheme at all: a request without one can be refused
     * before its body is read.
     */
    public static boolean signed(Map<String, String> headers) {
        return signed(lowerCase(headers)::get);
    }

    /**
     * {@link #signed(Map)} with a header lookup that ignores case (a framework's own headers), so that no copy
     * of the headers is made per request.
     */
    public static boolean signed(Function<String, String> header) {
        return header.apply("webhook-id") != null && header.apply("webhook-timestamp") != null
                && header.apply("webhook-signature") != null
                || first(header, "x-webhook-timestamp", "x-linq-timestamp") != null
                && first(header, "x-webhook-signature", "x-linq-signature") != null;
    }

    /** Whether a delivery with these headers (any case) and this raw body comes from Linq. */
    public boolean verify(Map<String, String> headers, byte[] body) {
        return verify(lowerCase(headers)::get, body);
    }

    /** {@link #verify(Map, byte[])} with a header lookup that ignores case. */
    public boolean verify(Function<String, String> header, byte[] body) {
        String id = header.apply("webhook-id");
        String timestamp = header.apply("webhook-timestamp");
        String signature = header.apply("webhook-signature");
        if (id != null && timestamp != null && signature != null) {
            return verifyStandard(id, timestamp, signature, body);
        }
        String legacyTimestamp = first(header, "x-webhook-timestamp", "x-linq-timestamp");
        String legacySignature = first(header, "x-webhook-signature", "x-linq-signature");
        return legacyTimestamp != null && legacySignature != null
                && verifyWebhookSignature(body, legacyTimestamp, legacySignature);
    }

    /**
     * The older client's {@code verify_webhook_signature(payload, timestamp, signature)}: the legacy hex
     * scheme over {@code timestamp.payload}, now with the freshness check the older client lacked.
     */
    public boolean verifyWebhookSignature(byte[] payload, String timestamp, String signature) {
        if (payload == null || !fresh(timestamp) || signature == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] content = concat((timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), payload);
        boolean valid = false;
        for (String secret : secrets.get()) {
            valid |= MessageDigest.isEqual(presented, hmac(secret.getBytes(StandardCharsets.UTF_8), content));
            Optional<byte[]> decoded = decode(secret);
            if (decoded.isPresent()) {
                valid |= MessageDigest.isEqual(presented, hmac(decoded.get(), content));
            }
        }
        return valid;
    }

    private boolean verifyStandard(String id, String timestamp, String header, byte[] body) {
        if (!fresh(timestamp)) {
            return false;
        }
        byte[] content = concat((id + "." + timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), body);
        boolean valid = false;
        for (byte[] key : decodedKeys()) {
            byte[] expected = Base64.getEncoder().encode(hmac(key, content));
            for (String entry : header.split(" ")) {
                int comma = entry.indexOf(',');
                if (comma > 0 && entry.substring(0, comma).equals("v1")) {
                    valid |= MessageDigest.isEqual(expected, entry.substring(comma + 1).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return valid;
    }

    private boolean fresh(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            long seconds = Long.parseLong(timestamp.strip());
            long now = clock.instant().getEpochSecond();
            return Math.abs(now - seconds) <= tolerance.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The secrets that decode to a key, decoded once per list of secrets (the supplier hands out the same list
     * until the secrets change) rather than once per delivery.
     */
    private List<byte[]> decodedKeys() {
        List<String> current = secrets.get();
        Keys cached = keys;
        if (cached == null || cached.secrets() != current) {
            cached = new Keys(current, current.stream().map(SignatureVerifier::decode).flatMap(Optional::stream).toList());
            keys = cached;
        }
        return cached.decoded();
    }

    private static Optional<byte[]> decode(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            return Optional.of(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> lower = new java.util.HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static String first(Function<String, String> header, String... names) {
        for (String name : names) {
            String value = header.apply(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
