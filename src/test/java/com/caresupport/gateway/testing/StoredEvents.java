package com.caresupport.gateway.testing;

import static com.caresupport.gateway.testing.GatewayApi.api;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The gateway's record of a webhook delivery ({@code /api/webhook-events}). A processed event is never claimed
 * again, so "handed to the application only once" can be checked once it is processed, instead of by watching
 * for a while in case a second hand-over comes.
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** The stored event's state ({@code received}, {@code processed}, {@code failed}), or null if none was stored. */
    public static String stateOf(String eventId) {
        return api().get("/api/webhook-events?limit=500").then().statusCode(200).extract()
                .path("events.find { it.event_id == '" + eventId + "' }.state");
    }

    /** Waits, generously, until the event with {@code eventId} has been processed. */
    public static void awaitProcessed(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "processed".equals(stateOf(eventId)));
    }
}
