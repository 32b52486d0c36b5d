package com.caresupport.gateway.webhook;

import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.error.PayloadTooLargeException;
import com.caresupport.gateway.error.SignatureRejectedException;
import com.caresupport.gateway.ops.WebhookDeliveryMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final WebhookConfig config;
    private final SigningSecrets secrets;
    private final WebhookEvents events;
    private final WebhookBacklog backlog;
    private final ObjectMapper json;
    private final WebhookDeliveryMetrics metrics;

    WebhookReceiver(WebhookConfig config, SigningSecrets secrets, WebhookEvents events,
            WebhookBacklog backlog, ObjectMapper json, WebhookDeliveryMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.secrets = secrets;
        this.events = events;
        this.backlog = backlog;
        this.json = json;
    }

    /** The body comes as a stream (read on this worker thread as it arrives), so that it is never read past the limit. */
    @POST
    @Operation(summary = "Receive a signed Linq webhook delivery")
    public Response receive(InputStream body, @Context HttpHeaders headers) throws IOException {
        if (headers.getLength() > config.maxBodyBytes()) {
            throw tooLarge();
        }
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, values.isEmpty() ? null : values.get(0)));
        if (!SignatureVerifier.signed(flat)) {
            throw unverified(flat, "unsigned");
        }
        byte[] raw = body == null ? new byte[0] : body.readNBytes(config.maxBodyBytes() + 1);
        if (raw.length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        SignatureVerifier verifier = new SignatureVerifier(secrets::all, config.timestampTolerance(), Clock.systemUTC());
        if (!verifier.verify(flat, raw)) {
            throw unverified(flat, "signature");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(raw);
        } catch (IOException e) {
            envelope = null;
        }
        if (envelope == null || !envelope.isObject()) {
            metrics.refused("malformed");
            throw new InvalidRequestException(InvalidRequestException.Reason.MALFORMED_DELIVERY,
                    "The delivery is signed but its body is not a JSON object.", List.of());
        }
        String webhookId = Optional.ofNullable(headers.getHeaderString("webhook-id")).orElse(null);
        Optional<String> id = events.store(webhookId, envelope, new String(raw, StandardCharsets.UTF_8));
        id.ifPresent(backlog::process);
        metrics.accepted(envelope.path("event_type").asText(null), id.isEmpty());
        return Response.ok(Map.of("received", true, "duplicate", id.isEmpty())).build();
    }

    private PayloadTooLargeException tooLarge() {
        metrics.refused("too_large");
        return new PayloadTooLargeException("Deliveries are limited to " + config.maxBodyBytes() + " bytes.");
    }

    private SignatureRejectedException unverified(Map<String, String> headers, String reason) {
        metrics.refused(reason);
        Log.warnf("Webhook delivery refused: signature not verified (webhook-id %s)", headers.get("webhook-id"));
        return new SignatureRejectedException();
    }
}
