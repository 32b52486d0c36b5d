package com.caresupport.gateway.webhook;

import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.error.PayloadTooLargeException;
import com.caresupport.gateway.error.SignatureRejectedException;
import com.caresupport.gateway.ops.WebhookDeliveryMetrics;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /webhooks/linq}: strict about who is talking, relaxed about hearing the same thing twice.
 * A request is judged on its headers first (declared size, signature present) and refused before its body is
 * read; the body is then read up to the size limit only, and the signature checked on those raw bytes, against
 * secrets held in memory, before anything is parsed. An accepted delivery is stored before the answer and
 * processed after it, so a processing failure never makes Linq resend.
 */
@Path("/webhooks/linq")
@Tag(name = "Webhooks")
public class WebhookReceiver {

    /** The two answers, as they are sent: the same few bytes for every delivery. */
    private static final String STORED = "{\"received\":true,\"duplicate\":false}";
    private static final String DUPLICATE = "{\"received\":true,\"duplicate\":true}";

    private final WebhookConfig config;
    private final SigningSecrets secrets;
    private final WebhookEvents events;
    private final WebhookBacklog backlog;
    private final ObjectMapper json;
    private final WebhookDeliveryMetrics metrics;
    private final SignatureVerifier verifier;

    WebhookReceiver(WebhookConfig config, SigningSecrets secrets, WebhookEvents events,
            WebhookBacklog backlog, ObjectMapper json, WebhookDeliveryMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.secrets = secrets;
        this.events = events;
        this.backlog = backlog;
        this.json = json;
        this.verifier = new SignatureVerifier(secrets::all, config.timestampTolerance(), Clock.systemUTC());
    }

    /** The body comes as a stream (read on this worker thread as it arrives), so that it is never read past the limit. */
    @POST
    @Operation(summary = "Receive a signed Linq webhook delivery")
    public Response receive(InputStream body, @Context HttpServerRequest request) throws IOException {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > config.maxBodyBytes()) {
            throw tooLarge();
        }
        // Vert.x looks headers up ignoring case, and gives the first of repeated ones.
        Function<String, String> header = request::getHeader;
        if (!SignatureVerifier.signed(header)) {
            throw unverified(header, "unsigned");
        }
        byte[] raw = body == null ? new byte[0] : body.readNBytes(config.maxBodyBytes() + 1);
        if (raw.length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        if (!verifier.verify(header, raw)) {
            throw unverified(header, "signature");
        }
        WebhookEvents.Envelope envelope = envelope(raw);
        if (envelope == null) {
            metrics.refused("malformed");
            throw new InvalidRequestException(InvalidRequestException.Reason.MALFORMED_DELIVERY,
                    "The delivery is signed but its body is not a JSON object.", List.of());
        }
        Optional<String> id = events.store(request.getHeader("webhook-id"), envelope, new String(raw, StandardCharsets.UTF_8));
        id.ifPresent(backlog::process);
        metrics.accepted(envelope.eventType(), id.isEmpty());
        return Response.ok(id.isPresent() ? STORED : DUPLICATE, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The envelope's top-level fields that are stored beside the payload, read in one pass over the tokens
     * without building a tree (processing parses the payload itself); null unless the body is a JSON object.
     * Like a tree's {@code path(name).asText(null)}: the last of repeated names wins, scalars as their text,
     * objects and arrays as "".
     */
    private WebhookEvents.Envelope envelope(byte[] raw) {
        String eventId = null;
        String eventType = null;
        String apiVersion = null;
        String webhookVersion = null;
        try (JsonParser parser = json.getFactory().createParser(raw)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String text;
                if (value.isStructStart()) {
                    parser.skipChildren();
                    text = "";
                } else {
                    text = value == JsonToken.VALUE_NULL ? null : parser.getText();
                }
                switch (name) {
                    case "event_id" -> eventId = text;
                    case "event_type" -> eventType = text;
                    case "api_version" -> apiVersion = text;
                    case "webhook_version" -> webhookVersion = text;
                    default -> {
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return new WebhookEvents.Envelope(eventId, eventType, apiVersion, webhookVersion);
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
