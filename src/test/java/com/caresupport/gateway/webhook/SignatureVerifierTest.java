package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.legacy;
import static com.caresupport.gateway.testing.TestSigner.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replay window's edges, on a fixed clock: both signature schemes accept ±300 s and refuse one second more. */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String BODY = "{\"event_type\":\"message.received\"}";
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(() -> List.of(SECRET),
            Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "timestamp {0} s from now: accepted = {1}")
    @CsvSource({"0, true", "-300, true", "300, true", "-301, false", "301, false"})
    void timestampsAreCheckedAgainstTheToleranceInclusively(long offset, boolean accepted) {
        String ts = Long.toString(NOW.getEpochSecond() + offset);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertEquals(accepted, VERIFIER.verify(Map.of("webhook-id", "evt-1", "webhook-timestamp", ts,
                "webhook-signature", "v1," + standard(SECRET, "evt-1", ts, BODY)), body), "standard scheme");
        assertEquals(accepted, VERIFIER.verify(Map.of("X-Webhook-Timestamp", ts,
                "X-Webhook-Signature", legacy(SECRET, ts, BODY)), body), "legacy scheme");
    }
}
