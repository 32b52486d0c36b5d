package com.caresupport.gateway.testing;

import static com.caresupport.gateway.testing.GatewayApi.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Subscribes the test gateway's own receiver to its sandbox, so the sandbox reports deliveries by webhook. */
public final class Subscriptions {

    private Subscriptions() {
    }

    /** Subscribes to delivery news ({@code message.sent}, {@code .delivered}, {@code .read}, {@code .failed}). */
    public static void subscribeToDeliveryNews() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        api().body(Map.of("target_url", "http://localhost:" + port + "/webhooks/linq", "events",
                List.of("message.sent", "message.delivered", "message.read", "message.failed")))
                .post("/api/webhook-subscriptions").then().statusCode(201);
    }
}
