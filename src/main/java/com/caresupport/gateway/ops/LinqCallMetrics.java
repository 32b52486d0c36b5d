package com.caresupport.gateway.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/**
 * Times every answered Linq call ({@code linq_gateway_linq_calls_seconds}, by operation and outcome, with a
 * latency histogram) and puts Linq's {@code X-Trace-ID} on the calling span (the send, or its outbox retry), so
 * a trace leads to the id Linq support asks for. Registered on the Linq REST client through
 * {@code quarkus.rest-client.linq.providers}, which leaves the client itself alone. Calls that got no answer at
 * all (timeouts, refused connections) show in the fault-tolerance metrics instead.
 */
public class LinqCallMetrics implements ClientRequestFilter, ClientResponseFilter {

    /** Span attribute that carries Linq's own trace id. */
    public static final String LINQ_TRACE_ID = "linq.trace_id";
    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";
    private static final String STARTED = LinqCallMetrics.class.getName() + ".started";

    @Override
    public void filter(ClientRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    /** Never fails the call it observes: a measurement must not turn an answer (or a dropped one) into an error. */
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        try {
            record(request, response);
        } catch (RuntimeException e) {
            Log.debugf(e, "Linq call not measured");
        }
    }

    private static void record(ClientRequestContext request, ClientResponseContext response) {
        // A connection dropped mid-answer reaches response filters without headers.
        String traceId = response.getHeaders() == null ? null : response.getHeaderString("X-Trace-ID");
        if (traceId != null) {
            // The blocking caller's span is current here; the REST client's own span is already closed.
            Span.current().setAttribute(LINQ_TRACE_ID, traceId);
        }
        if (request.getProperty(STARTED) instanceof Long start) {
            Timer.builder("linq.gateway.linq.calls")
                    .description("Answered Linq calls by operation and outcome")
                    .tag("operation", operation(request)).tag("outcome", outcome(response.getStatus()))
                    .publishPercentileHistogram()
                    .register(CDI.current().select(MeterRegistry.class).get())
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    static String outcome(int status) {
        if (status < 400) {
            return "success";
        }
        if (status == 429) {
            return "rate_limited";
        }
        return status == 408 || status >= 500 ? "server_error" : "rejected";
    }

    private static String operation(ClientRequestContext request) {
        return request.getProperty(INVOKED_METHOD) instanceof Method method ? method.getName() : request.getMethod();
    }
}
