package com.caresupport.gateway.linq;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Builds the Linq REST client at start-up, on the main thread. Built by the first call instead, inside a request,
 * its connections belonged to the HTTP server's Vert.x context, and Vert.x closed them with the server at the start
 * of a stop, before the outbox's scheduled run could finish the send in hand ("Client is closed").
 */
@ApplicationScoped
class EagerLinqClient {

    void open(@Observes StartupEvent started, @RestClient LinqApi api) {
        ClientProxy.unwrap(api);
    }
}
