package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The account: attachments, lines, webhook events and subscriptions, capability checks, contact cards. */
@ApplicationScoped
public class AccountEndpoints {

    static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
    static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/heic", "image/heif",
            "image/tiff", "image/bmp", "image/svg+xml", "image/webp", "image/x-icon", "video/mp4", "video/quicktime",
            "video/mpeg", "video/mpeg2", "video/x-m4v", "video/x-msvideo", "video/3gpp", "audio/mpeg", "audio/mp3",
            "audio/x-m4a", "audio/mp4", "audio/x-caf", "audio/x-wav", "audio/x-aiff", "audio/aiff", "audio/aac",
            "audio/midi", "audio/amr", "application/pdf", "text/plain", "text/markdown", "text/vcard", "text/rtf",
            "text/csv", "text/html", "text/calendar", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-iwork-pages-sffpages", "application/x-iwork-numbers-sffnumbers",
            "application/x-iwork-keynote-sffkey", "application/epub+zip", "text/xml", "application/json",
            "application/zip", "application/x-gzip");
    static final List<String> EVENTS = List.of("message.sent", "message.received", "message.read", "message.delivered",
            "message.failed", "message.edited", "reaction.added", "reaction.removed", "participant.added",
            "participant.removed", "chat.created", "chat.group_name_updated", "chat.group_icon_updated",
            "chat.group_name_update_failed", "chat.group_icon_update_failed", "chat.typing_indicator.started",
            "chat.typing_indicator.stopped", "phone_number.status_updated", "call.initiated", "call.ringing",
            "call.answered", "call.ended", "call.failed", "call.declined", "call.no_answer",
            "location.sharing.started", "location.sharing.stopped", "poll.received", "poll.failed", "poll.sent",
            "poll.delivered", "poll.read", "poll.updated", "poll.vote.added", "poll.vote.removed",
            "poll.reaction.added", "chat.background_updated", "chat.background_update_failed", "payment.succeeded",
            "payment.canceled", "payment.expired", "payment.declined", "payment.authorized", "connection.created",
            "connection.revoked");

    private final SandboxConfig config;
    private final SandboxState state;
    private final String uploadBase;
    private final SecureRandom random = new SecureRandom();

    AccountEndpoints(SandboxConfig config, SandboxState state,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "linq.base-url") String linqBaseUrl) {
        this.config = config;
        this.state = state;
        // Uploads go to this same server, which is where the gateway reaches the sandbox.
        this.uploadBase = linqBaseUrl.replaceFirst("/sandbox/linq/api/partner/?$", "");
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/attachments", this::preUpload);
        routes.add("GET", "/attachments/{attachmentId}", r -> SandboxResponse.ok(attachment(r.param("attachmentId"))));
        routes.add("GET", "/phone_numbers", r -> SandboxResponse.ok(phoneNumbers(false)));
        routes.add("GET", "/phonenumbers", r -> SandboxResponse.ok(phoneNumbers(true)));
        routes.add("GET", "/webhook-events", r -> {
            ObjectNode body = SandboxJson.object();
            ArrayNode events = body.putArray("events");
            EVENTS.forEach(events::add);
            return SandboxResponse.ok(body.put("doc_url", "https://docs.linqapp.com/guides/webhooks/events"));
        });
        routes.add("POST", "/webhook-subscriptions", this::subscribe);
        routes.add("GET", "/webhook-subscriptions", r -> {
            ObjectNode body = SandboxJson.object();
            ArrayNode list = body.putArray("subscriptions");
            state.subscriptions.values().stream().sorted(java.util.Comparator.comparing(s -> s.path("created_at").asText()))
                    .forEach(list::add);
            return SandboxResponse.ok(body);
        });
        routes.add("GET", "/webhook-subscriptions/{subscriptionId}",
                r -> SandboxResponse.ok(subscription(r.param("subscriptionId"))));
        routes.add("PUT", "/webhook-subscriptions/{subscriptionId}", this::updateSubscription);
        routes.add("DELETE", "/webhook-subscriptions/{subscriptionId}", r -> {
            subscription(r.param("subscriptionId"));
            state.subscriptions.remove(r.param("subscriptionId"));
            state.secrets.remove(r.param("subscriptionId"));
            return SandboxResponse.noContent();
        });
        routes.add("POST", "/capability/check_imessage", r -> capability(r, ServiceRule.Service.IMESSAGE));
        routes.add("POST", "/capability/check_rcs", r -> capability(r, ServiceRule.Service.RCS));
        routes.add("GET", "/contact_card", this::contactCards);
        routes.add("POST", "/contact_card", this::createContactCard);
        routes.add("PATCH", "/contact_card", this::updateContactCard);
    }

    private SandboxResponse preUpload(SandboxRequest request) {
        String filename = request.text("filename");
        String contentType = request.text("content_type");
        JsonNode size = request.object().get("size_bytes");
        if (size == null || size.isNull()) {
            throw LinqError.missing("size_bytes");
        }
        if (!size.isIntegralNumber() || size.asLong() <= 0) {
            throw LinqError.invalid("size_bytes must be a positive integer");
        }
        if (size.asLong() > MAX_UPLOAD_BYTES) {
            throw new LinqError(413, 5001, "Attachments are limited to 100 MB");
        }
        if (!CONTENT_TYPES.contains(contentType)) {
            throw LinqError.invalid("Unsupported content_type: " + contentType);
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        ObjectNode attachment = SandboxJson.object().put("id", id).put("content_type", contentType)
                .put("created_at", now.toString()).put("filename", filename).put("size_bytes", size.asLong())
                .put("status", "pending").put("download_url", "https://cdn.linqapp.com/sandbox/" + id + "/" + filename);
        state.attachments.put(id, attachment);
        ObjectNode response = SandboxJson.object().put("attachment_id", id)
                .put("upload_url", uploadBase + "/sandbox/uploads/" + id + "?signature=sandbox")
                .put("expires_at", now.plus(Duration.ofMinutes(15)).toString()).put("http_method", "PUT");
        response.putObject("required_headers").put("Content-Type", contentType)
                .put("Content-Length", Long.toString(size.asLong()));
        response.put("download_url", attachment.get("download_url").asText());
        return SandboxResponse.ok(response);
    }

    private ObjectNode attachment(String id) {
        ObjectNode attachment = state.attachments.get(id);
        if (attachment == null) {
            throw LinqError.notFound(2003, "Attachment");
        }
        return attachment;
    }

    private ObjectNode phoneNumbers(boolean deprecated) {
        ObjectNode body = SandboxJson.object();
        ArrayNode list = body.putArray("phone_numbers");
        for (int i = 0; i < config.lines().size(); i++) {
            ObjectNode line = list.addObject().put("id", "line-" + (i + 1)).put("phone_number", config.lines().get(i));
            if (deprecated) {
                line.putObject("capabilities").put("sms", true).put("mms", true).put("voice", false);
                line.putNull("country_code");
                line.putNull("type");
            } else {
                line.set("reputation", SandboxJson.object().put("status", "HEALTHY")
                        .put("doc_url", "https://docs.linqapp.com/guides/reputation"));
                line.set("health_status", line.get("reputation").deepCopy());
                ObjectNode settings = state.lineSettings.get(config.lines().get(i));
                line.put("forwarding_number", settings == null ? null : settings.path("forwarding_number").asText(null));
            }
        }
        return body;
    }

    private SandboxResponse subscribe(SandboxRequest request) {
        String target = request.text("target_url");
        if (!target.startsWith("https://") && !target.startsWith("http://localhost")
                && !target.startsWith("http://127.0.0.1")) {
            throw LinqError.invalid("target_url must be an https URL");
        }
        JsonNode events = request.object().get("subscribed_events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw LinqError.missing("subscribed_events");
        }
        for (JsonNode event : events) {
            if (!EVENTS.contains(event.asText())) {
                throw LinqError.invalid("Unknown event type: " + event.asText());
            }
        }
        boolean taken = state.subscriptions.values().stream().anyMatch(s -> s.path("target_url").asText().equals(target));
        if (taken) {
            throw new LinqError(409, 1005, "target_url is already used by another subscription");
        }
        byte[] key = new byte[24];
        random.nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String now = Instant.now().toString();
        ObjectNode subscription = SandboxJson.object().put("id", UUID.randomUUID().toString()).put("created_at", now)
                .put("updated_at", now).put("is_active", true);
        subscription.set("subscribed_events", events.deepCopy());
        subscription.put("target_url", target);
        subscription.set("phone_numbers", request.object().get("phone_numbers"));
        state.subscriptions.put(subscription.get("id").asText(), subscription);
        state.secrets.put(subscription.get("id").asText(), secret);
        return SandboxResponse.created(subscription.deepCopy().put("signing_secret", secret));
    }

    private ObjectNode subscription(String id) {
        ObjectNode subscription = state.subscriptions.get(id);
        if (subscription == null) {
            throw new LinqError(404, 2001, "Webhook subscription not found");
        }
        return subscription;
    }

    private SandboxResponse updateSubscription(SandboxRequest request) {
        ObjectNode subscription = subscription(request.param("subscriptionId"));
        JsonNode body = request.object();
        if (body.has("is_active")) {
            subscription.put("is_active", body.get("is_active").asBoolean());
        }
        if (body.has("target_url")) {
            subscription.put("target_url", request.text("target_url"));
        }
        if (body.has("subscribed_events")) {
            subscription.set("subscribed_events", body.get("subscribed_events"));
        }
        if (body.has("phone_numbers")) {
            subscription.set("phone_numbers", body.get("phone_numbers"));
        }
        subscription.put("updated_at", Instant.now().toString());
        return SandboxResponse.ok(subscription);
    }

    private SandboxResponse capability(SandboxRequest request, ServiceRule.Service service) {
        String address = MessageContentRules.requireHandle(request.optionalText("address"), "address");
        boolean available = ServiceRule.capabilities(address).contains(service);
        return SandboxResponse.ok(SandboxJson.object().put("address", address).put("available", available));
    }

    private SandboxResponse contactCards(SandboxRequest request) {
        String phone = request.query("phone_number");
        ObjectNode body = SandboxJson.object();
        ArrayNode cards = body.putArray("contact_cards");
        state.contactCards.values().stream().filter(c -> phone == null || phone.equals(c.path("phone_number").asText()))
                .forEach(cards::add);
        return SandboxResponse.ok(body);
    }

    private SandboxResponse createContactCard(SandboxRequest request) {
        String first = request.text("first_name");
        String phone = MessageContentRules.requirePhone(request.optionalText("phone_number"), "phone_number");
        ObjectNode card = SandboxJson.object().put("first_name", first).put("is_active", true).put("phone_number", phone)
                .put("last_name", request.optionalText("last_name")).put("image_url", request.optionalText("image_url"));
        state.contactCards.put(phone, card);
        return SandboxResponse.ok(card);
    }

    private SandboxResponse updateContactCard(SandboxRequest request) {
        String phone = MessageContentRules.requirePhone(request.query("phone_number"), "phone_number");
        ObjectNode card = state.contactCards.get(phone);
        if (card == null) {
            throw new LinqError(404, 2001, "No active contact card for " + phone);
        }
        for (String field : List.of("first_name", "last_name", "image_url")) {
            String value = request.optionalText(field);
            if (value != null) {
                card.put(field, value);
            }
        }
        return SandboxResponse.ok(card);
    }
}
