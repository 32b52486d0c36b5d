import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Precomputes signed {@code message.received} deliveries for the webhook load, one per line
 * ({@code webhook-id TAB webhook-timestamp TAB webhook-signature TAB body}), each with its own event id,
 * webhook id and Linq message id, so that every request is new work for the gateway and none is a duplicate.
 * Signed with the Standard Webhooks scheme and the current time, which the gateway accepts for five minutes.
 *
 * <p>{@code java bench/Sign.java SECRET COUNT RUN_ID OUT_FILE}
 */
public class Sign {

    public static void main(String[] args) throws Exception {
        String secret = args[0];
        int count = Integer.parseInt(args[1]);
        String run = args[2];
        Path out = Path.of(args[3]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String now = Instant.now().toString();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String id = "bench-" + run + "-" + i;
                // Ten senders in ten chats: realistic fan-in, and no single chat row is the hot spot.
                String from = "+1555123%04d".formatted(100 + i % 10);
                String body = ("{\"api_version\":\"v3\",\"webhook_version\":\"2026-02-03\",\"event_type\":\"message.received\","
                        + "\"event_id\":\"evt-%s\",\"created_at\":\"%s\",\"partner_id\":\"p-bench\","
                        + "\"trace_id\":\"0123456789abcdef0123456789abcdef\",\"data\":{\"id\":\"msg-%s\","
                        + "\"chat\":{\"id\":\"chat-bench-%d\",\"is_group\":false},\"direction\":\"inbound\","
                        + "\"parts\":[{\"type\":\"text\",\"value\":\"Thank you, see you at 8.\"}],"
                        + "\"sender_handle\":{\"id\":\"h%d\",\"handle\":\"%s\",\"service\":\"SMS\"},"
                        + "\"service\":\"SMS\",\"sent_at\":\"%s\"}}").formatted(id, now, id, i % 10, i % 10, from, now);
                String signed = id + "." + timestamp + "." + body;
                String signature = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
                writer.write(id + "\t" + timestamp + "\t" + signature + "\t" + body + "\n");
            }
        }
    }

    private Sign() {
    }
}
