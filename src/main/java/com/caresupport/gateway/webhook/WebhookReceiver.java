package com.caresupport.gateway.webhook;

import com.caresupport.gateway.api.problem.DomainProblems;
import com.caresupport.gateway.api.problem.Problem;
import com.caresupport.gateway.error.GatewayException;
import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.error.PayloadTooLargeException;
import com.caresupport.gateway.error.SignatureRejectedException;
import com.caresupport.gateway.ops.WebhookDeliveryMetrics;
import com.caresupport.gateway.privacy.LogMask;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * {@code POST /webhooks/linq}: strict about who is talking, relaxed about hearing the same thing twice.
 * A request is judged on its headers first (declared size, signature present) and refused before its body is
 * read; the body is then read up to the size limit only, and the signature checked on those raw bytes, against
 * secrets held in memory, before anything is parsed. An accepted delivery is stored before the answer and
 * processed after it, so a processing failure never makes Linq resend; only a reply that changes who may be
 * messaged (STOP) is also taken in before the answer ({@link InboundAtReceipt}).
 * <p>
 * A plain route on the event loop, not a JAX-RS resource: verifying is microseconds of HMAC and the store is
 * a group commit on a writer thread of its own, so a worker thread per delivery only waited, and the
 * hand-offs to and from it cost more than the delivery's own work. The answer is written once the commit that
 * holds the delivery is done. Refusals are problem+json, as {@link DomainProblems} makes them for the API.
 */
@ApplicationScoped
public class WebhookReceiver {

    static final String PATH = "/webhooks/linq";

    /** The two answers, as they are sent: the same few bytes for every delivery. */
    private static final Buffer STORED = Buffer.buffer("{\"received\":true,\"duplicate\":false}");
    private static final Buffer DUPLICATE = Buffer.buffer("{\"received\":true,\"duplicate\":true}");

    private final WebhookConfig config;
    private final SigningSecrets secrets;
    private final WebhookEvents events;
    private final WebhookBacklog backlog;
    private final ObjectMapper json;
    private final WebhookDeliveryMetrics metrics;
    private final SignatureVerifier verifier;
    private final WebhookDispatcher dispatcher;
    private final InboundAtReceipt atReceipt;

    WebhookReceiver(WebhookConfig config, SigningSecrets secrets, WebhookEvents events,
            WebhookBacklog backlog, ObjectMapper json, WebhookDeliveryMetrics metrics, WebhookDispatcher dispatcher,
            InboundAtReceipt atReceipt) {
        this.metrics = metrics;
        this.dispatcher = dispatcher;
        this.atReceipt = atReceipt;
        this.config = config;
        this.secrets = secrets;
        this.events = events;
        this.backlog = backlog;
        this.json = json;
        this.verifier = new SignatureVerifier(secrets::all, config.timestampTolerance(), Clock.systemUTC());
    }

    void routes(@Observes Router router) {
        router.route(PATH).handler(this::receive);
    }

    void receive(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            problem(context, Problem.of(405, "method-not-allowed", "Method Not Allowed",
                    "The receiver takes POST only."), true);
            return;
        }
        backlog.arriving();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = length == null ? -1 : declaredLength(length);
        if (declared > config.maxBodyBytes()) {
            refuse(context, tooLarge(), true);
            return;
        }
        // Vert.x looks headers up ignoring case, and gives the first of repeated ones.
        Function<String, String> header = request::getHeader;
        if (!SignatureVerifier.signed(header)) {
            refuse(context, unverified(header, "unsigned"), true);
            return;
        }
        new BodyReader(context, declared).start();
    }

    /** Verifies, reads the envelope and hands the delivery to the writer; answers once it is committed. */
    private void received(RoutingContext context, byte[] raw) {
        if (!secrets.loaded()) {
            // Only until the first load, which reads the kept secrets from the database: never on the event loop.
            context.vertx().executeBlocking(secrets::all, false).onComplete(loaded -> {
                if (loaded.succeeded()) {
                    received(context, raw);
                } else {
                    answer(context, null, null, loaded.cause());
                }
            });
            return;
        }
        Function<String, String> header = context.request()::getHeader;
        if (!verifier.verify(header, raw)) {
            refuse(context, unverified(header, "signature"), false);
            return;
        }
        WebhookEvents.Envelope envelope = EnvelopeReader.read(json.getFactory(), raw);
        if (envelope == null) {
            metrics.refused("malformed");
            refuse(context, new InvalidRequestException(InvalidRequestException.Reason.MALFORMED_DELIVERY,
                    "The delivery is signed but its body is not a JSON object.", List.of()), false);
            return;
        }
        Context loop = context.vertx().getOrCreateContext();
        String payload = new String(raw, StandardCharsets.UTF_8);
        boolean first = "message.received".equals(envelope.eventType()) && atReceipt.mayConcern(payload);
        events.store(header.apply("webhook-id"), envelope, payload)
                .whenComplete((id, failure) -> loop.runOnContext(ignored -> {
                    if (first && failure == null && id.isPresent()) {
                        takeInFirst(context, envelope, id, payload);
                    } else {
                        answer(context, envelope, id, failure);
                    }
                }));
    }

    /**
     * A reply that changes who may be messaged (STOP) is in force when Linq hears it was received: sends accepted
     * from then on are refused, however far the event's processing lags behind a burst. It is stored already, so
     * if taking it in fails here, its processing takes it in later, as it does every other message.
     */
    private void takeInFirst(RoutingContext context, WebhookEvents.Envelope envelope, Optional<String> id, String payload) {
        context.vertx().executeBlocking(() -> {
            dispatcher.inboundMessage(id.get(), payload).ifPresent(atReceipt::takeIn);
            return null;
        }, false).onComplete(done -> {
            if (done.failed()) {
                Log.warnf("An inbound reply was not taken in on receipt (%s); its processing takes it in (event %s)",
                        LogMask.in(String.valueOf(done.cause())), id.get());
            }
            answer(context, envelope, id, null);
        });
    }

    private void answer(RoutingContext context, WebhookEvents.Envelope envelope, Optional<String> id, Throwable failure) {
        if (failure != null) {
            // A stage after the failed one hands the failure on wrapped.
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof RejectedExecutionException) {
                // The writer is that far behind: Linq delivers again later, as it does after any non-2xx.
                context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
                problem(context, Problem.of(503, "receiver-busy", "Receiver busy",
                        "The delivery was not stored; send it again."), false);
            } else {
                Log.errorf(cause, "Storing a webhook delivery failed (webhook-id %s)", context.request().getHeader("webhook-id"));
                problem(context, Problem.of(500, "internal-error", "Internal error",
                        "The gateway failed unexpectedly; the error is in its log."), false);
            }
            return;
        }
        id.ifPresent(backlog::process);
        metrics.accepted(envelope.eventType(), id.isEmpty());
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(id.isPresent() ? STORED : DUPLICATE);
    }

    /**
     * Collects the body as it arrives, up to the size limit: past it the delivery is refused at once and the
     * rest is dropped unread, with the connection closed after the answer.
     */
    private final class BodyReader implements Handler<Buffer> {

        private final RoutingContext context;
        private final Buffer body;
        private boolean refused;

        BodyReader(RoutingContext context, long declared) {
            this.context = context;
            this.body = Buffer.buffer(declared > 0 ? (int) declared : 1024);
        }

        void start() {
            HttpServerRequest request = context.request();
            request.handler(this);
            request.endHandler(ignored -> {
                if (!refused) {
                    received(context, body.getBytes());
                }
            });
            request.exceptionHandler(failure -> Log.debugf("A webhook delivery's body was cut short: %s", failure.toString()));
        }

        @Override
        public void handle(Buffer chunk) {
            if (refused) {
                return;
            }
            if (body.length() + chunk.length() > config.maxBodyBytes()) {
                refused = true;
                refuse(context, tooLarge(), true);
                return;
            }
            body.appendBuffer(chunk);
        }
    }

    private void refuse(RoutingContext context, GatewayException refusal, boolean close) {
        problem(context, DomainProblems.problem(refusal), close);
    }

    /** @param close whether the connection closes after the answer: the body was not read (whole) */
    private void problem(RoutingContext context, Problem problem, boolean close) {
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(problem.withInstance(PATH)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private PayloadTooLargeException tooLarge() {
        metrics.refused("too_large");
        return new PayloadTooLargeException("Deliveries are limited to " + config.maxBodyBytes() + " bytes.");
    }

    private SignatureRejectedException unverified(Function<String, String> header, String reason) {
        metrics.refused(reason);
        Log.warnf("Webhook delivery refused: signature not verified (webhook-id %s)", header.apply("webhook-id"));
        return new SignatureRejectedException();
    }
}
