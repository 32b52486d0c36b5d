package com.caresupport.gateway.ops;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.inject.spi.CDI;
import org.jboss.logging.MDC;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A message's trace outlives the request that accepted it: the send stores its W3C {@code traceparent} with the
 * message, and later work on that message (outbox retries, webhooks reporting on it) runs in a span whose
 * parent is that stored context, so the whole life of one message is one trace. A parent rather than a link:
 * the on-call question is "show me everything that happened to this message", which a backend answers with
 * one trace; links would scatter it over one trace per retry and per webhook. The span's ids also go into the
 * logging MDC while it runs. Spans are no-ops when tracing is off; the MDC fields are there either way.
 */
public final class Traces {

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapSetter<Map<String, String>> SETTER = (carrier, key, value) -> carrier.put(key, value);
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private Traces() {
    }

    /** The current span's W3C {@code traceparent}, or null when no span is recording. */
    public static String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        openTelemetry().getPropagators().getTextMapPropagator().inject(Context.current(), carrier, SETTER);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a new span named {@code name}, child of {@code traceparent} (or of the current span). */
    public static <T> T inSpan(String traceparent, String name, Map<String, String> attributes, Supplier<T> work) {
        Context parent = traceparent == null ? Context.current()
                : openTelemetry().getPropagators().getTextMapPropagator()
                        .extract(Context.root(), Map.of(TRACEPARENT, traceparent), GETTER);
        Span span = tracer().spanBuilder(name).setParent(parent).startSpan();
        List<String> logged = new ArrayList<>();
        attributes.forEach((key, value) -> {
            if (value != null) {
                span.setAttribute(key, value);
                // The same ids on every log line written meanwhile: gateway.message_id -> message_id, ...
                String mdcKey = key.replaceFirst("^gateway\\.", "").replace('.', '_');
                if (MDC.get(mdcKey) == null) {
                    MDC.put(mdcKey, value);
                    logged.add(mdcKey);
                }
            }
        });
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
            logged.forEach(MDC::remove);
        }
    }

    /** The same, for work without a result. */
    public static void inSpan(String traceparent, String name, Map<String, String> attributes, Runnable work) {
        inSpan(traceparent, name, attributes, () -> {
            work.run();
            return null;
        });
    }


    private static Tracer tracer() {
        return openTelemetry().getTracer("linq-gateway");
    }

    private static OpenTelemetry openTelemetry() {
        var bean = CDI.current().select(OpenTelemetry.class);
        return bean.isResolvable() ? bean.get() : GlobalOpenTelemetry.get();
    }
}
