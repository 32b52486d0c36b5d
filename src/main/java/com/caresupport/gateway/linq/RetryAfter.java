package com.caresupport.gateway.linq;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the wait Linq asks for, as Linq's own clients do: {@code retry-after-ms} (milliseconds, a float)
 * first, then {@code Retry-After} as seconds or as an HTTP date. Unparsable or non-positive values mean
 * "no advice".
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> parse(String retryAfterMs, String retryAfter, Clock clock) {
        Optional<Duration> millis = positive(retryAfterMs, 1);
        if (millis.isPresent()) {
            return millis;
        }
        if (retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        Optional<Duration> seconds = positive(retryAfter, 1000);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> positive(String value, double millisPerUnit) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double amount = Double.parseDouble(value.strip());
            if (!(amount > 0) || Double.isInfinite(amount)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(Math.round(amount * millisPerUnit)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
