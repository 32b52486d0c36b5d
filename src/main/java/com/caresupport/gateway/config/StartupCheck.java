package com.caresupport.gateway.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a gateway that could not talk to any Linq: one without an API token and without the
 * sandbox. Failing here, with the variable to set, beats failing on the first message to a patient.
 */
@Singleton
public class StartupCheck {

    static final String MISSING_TOKEN = "LINQ_API_TOKEN is not set: set it to your Linq Partner API key,"
            + " or set LINQ_SANDBOX_ENABLED=true to run against the built-in Linq sandbox.";

    void onStart(@Observes StartupEvent event, LinqConfig linq,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000") int managementPort,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean server) {
        verify(linq);
        if (!server) {
            return;
        }
        String local = "http://localhost:" + port;
        if (linq.sandbox().enabled()) {
            Log.infof("Linq sandbox enabled at %s/sandbox/linq/api/partner (control API: %s/sandbox/control);"
                    + " the gateway talks to %s", local, local, linq.baseUrl());
        } else {
            Log.infof("Linq API: %s", linq.baseUrl());
        }
        Log.infof("Internal API at %s/api, webhook receiver at %s/webhooks/linq; health, metrics and OpenAPI at"
                + " http://localhost:%d/q", local, local, managementPort);
    }

    static void verify(LinqConfig linq) {
        boolean noToken = linq.apiToken().map(Secret::reveal).map(String::isBlank).orElse(true);
        if (noToken && !linq.sandbox().enabled()) {
            throw new IllegalStateException(MISSING_TOKEN);
        }
    }
}
