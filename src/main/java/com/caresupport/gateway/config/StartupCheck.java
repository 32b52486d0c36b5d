package com.caresupport.gateway.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Singleton;

/**
 * Refuses to start a gateway that could not talk to any Linq: one without an API token and without the
 * sandbox. Failing here, with the variable to set, beats failing on the first message to a patient.
 */
@Singleton
public class StartupCheck {

    static final String MISSING_TOKEN = "LINQ_API_TOKEN is not set: set it to your Linq Partner API key,"
            + " or set LINQ_SANDBOX_ENABLED=true to run against the built-in Linq sandbox.";

    void onStart(@Observes StartupEvent event, LinqConfig linq) {
        verify(linq);
        if (linq.sandbox().enabled()) {
            Log.infof("Linq sandbox enabled: the gateway talks to %s", linq.baseUrl());
        } else {
            Log.infof("Linq API: %s", linq.baseUrl());
        }
    }

    static void verify(LinqConfig linq) {
        boolean noToken = linq.apiToken().map(Secret::reveal).map(String::isBlank).orElse(true);
        if (noToken && !linq.sandbox().enabled()) {
            throw new IllegalStateException(MISSING_TOKEN);
        }
    }
}
