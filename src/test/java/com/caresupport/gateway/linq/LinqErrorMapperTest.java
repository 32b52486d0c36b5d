package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How Linq's error answers become typed failures, and which of them may be repeated. */
class LinqErrorMapperTest {

    private static final String ENVELOPE = """
            {"success":false,"error":{"status":%d,"code":%d,"message":"%s"},"trace_id":"2eff5df5c6f688733c007523c4d61cd9"}""";

    private final LinqErrorMapper mapper = new LinqErrorMapper();

    private LinqException map(int status, int code, String message, String... headers) {
        Response.ResponseBuilder response = Response.status(status).entity(ENVELOPE.formatted(status, code, message));
        for (int i = 0; i < headers.length; i += 2) {
            response.header(headers[i], headers[i + 1]);
        }
        return mapper.toThrowable(response.build());
    }

    @Test
    void badRequestIsRejectedWithLinqsCodeAndNeverRetried() {
        LinqException e = map(400, 1002, "Phone not E.164");
        LinqRejectedException rejected = assertInstanceOf(LinqRejectedException.class, e);
        assertEquals(Optional.of(1002), rejected.linqCode());
        assertEquals(Optional.of("2eff5df5c6f688733c007523c4d61cd9"), rejected.traceId());
        assertTrue(rejected.getMessage().contains("Phone not E.164"));
        assertFalse(rejected.retryable());
        assertFalse(rejected.provablyNotActedOn());
    }

    @Test
    void rateLimitCarriesRetryAfterAndMayBeRepeatedEvenWhenNotDeduplicated() {
        LinqException e = map(429, 1007, "Rate limit", "Retry-After", "2");
        assertInstanceOf(LinqRateLimitedException.class, e);
        assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
        assertTrue(e.retryable());
        assertTrue(e.provablyNotActedOn());
    }

    @Test
    void serverErrorIsRetryableOnlyForDeduplicatedCalls() {
        LinqException e = map(503, 3001, "Unavailable");
        assertInstanceOf(LinqServerException.class, e);
        assertTrue(e.retryable());
        assertFalse(e.provablyNotActedOn());
        assertInstanceOf(LinqServerException.class, map(408, 3002, "Timeout"));
    }

    @Test
    void shouldRetryHeaderOverridesTheStatusRule() {
        assertFalse(map(503, 3001, "no", "x-should-retry", "false").retryable());
        LinqException invited = map(409, 1006, "conflict", "x-should-retry", "true");
        assertTrue(invited.retryable());
        assertTrue(invited.provablyNotActedOn());
    }

    @Test
    void retryAfterMillisecondsWinsOverSecondsAndDatesAreUnderstood() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parse("1500", "9", clock));
        assertEquals(Optional.of(Duration.ofSeconds(9)), RetryAfter.parse("0", "9", clock));
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                RetryAfter.parse(null, "Wed, 25 Nov 2026 10:00:30 GMT", clock));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(null, "Wed, 25 Nov 2026 09:00:00 GMT", clock));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", "later", clock));
    }

    @Test
    void bodyWithoutEnvelopeStillGivesAReadableMessage() {
        LinqException e = mapper.toThrowable(Response.status(502).entity("<html>bad gateway</html>").build());
        assertInstanceOf(LinqServerException.class, e);
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
    }
}
