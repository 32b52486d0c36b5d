package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Linq's rules for a {@code MessageContent}, with the codes Linq answers when one is broken. */
final class MessageContentRules {

    static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
    static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");
    static final Map<String, Set<String>> EFFECTS = Map.of(
            "screen", Set.of("confetti", "fireworks", "lasers", "sparkles", "celebration", "hearts", "love",
                    "balloons", "happy_birthday", "echo", "spotlight"),
            "bubble", Set.of("slam", "loud", "gentle", "invisible"));
    static final Set<String> SERVICES = Set.of("iMessage", "RCS", "SMS");
    static final java.util.List<String> LAYOUT = java.util.List.of("caption", "subcaption", "trailing_caption",
            "trailing_subcaption", "image_url", "image_title", "image_subtitle");
    private static final Pattern TEAM_ID = Pattern.compile("^[A-Z0-9]{10}$");

    /** A validated message: parts as they will be stored, and the optional fields. */
    record Content(ArrayNode parts, JsonNode effect, String idempotencyKey, String preferredService, JsonNode replyTo) {
    }

    private MessageContentRules() {
    }

    static Content check(JsonNode message, boolean firstMessageOfChat) {
        if (message == null || message.isNull()) {
            throw LinqError.missing("message");
        }
        JsonNode experience = message.get("experience");
        ArrayNode stored;
        if (experience != null && !experience.isNull()) {
            // An app card is the whole message on Apple's side.
            if (message.hasNonNull("parts")) {
                throw LinqError.content("A message carries either parts or an experience, never both");
            }
            stored = SandboxJson.NODES.arrayNode();
            stored.add(appCard(experience, ExperienceEndpoints.check(experience, "message.experience")));
        } else {
            stored = parts(message, firstMessageOfChat);
        }
        JsonNode effect = message.get("effect");
        if (effect != null && !effect.isNull()) {
            Set<String> names = EFFECTS.get(effect.path("type").asText(""));
            if (names == null || !names.contains(effect.path("name").asText(""))) {
                throw LinqError.invalid("Unknown effect: " + effect);
            }
        }
        String preferred = message.path("preferred_service").asText(null);
        if (preferred != null && !SERVICES.contains(preferred)) {
            throw LinqError.invalid("preferred_service must be iMessage, SMS or RCS");
        }
        JsonNode replyTo = message.get("reply_to");
        if (replyTo != null && !replyTo.isNull() && !replyTo.hasNonNull("message_id")) {
            throw LinqError.missing("message.reply_to.message_id");
        }
        String key = message.path("idempotency_key").asText(null);
        return new Content(stored, effect == null || effect.isNull() ? null : effect,
                key, preferred, replyTo == null || replyTo.isNull() ? null : replyTo);
    }

    private static ArrayNode parts(JsonNode message, boolean firstMessageOfChat) {
        JsonNode parts = message.get("parts");
        if (parts == null || !parts.isArray() || parts.isEmpty()) {
            throw LinqError.missing("message.parts");
        }
        if (parts.size() > 100) {
            throw LinqError.content("A message has at most 100 parts");
        }
        ArrayNode stored = SandboxJson.NODES.arrayNode();
        String previous = null;
        int urlMedia = 0;
        for (JsonNode part : parts) {
            String type = part.path("type").asText("");
            switch (type) {
                case "text" -> {
                    String value = part.path("value").asText("");
                    if (value.isEmpty()) {
                        throw LinqError.missing("message.parts[].value");
                    }
                    if ("text".equals(previous)) {
                        throw LinqError.content("Two text parts may not be adjacent");
                    }
                    if (firstMessageOfChat && URL.matcher(value).find()) {
                        throw LinqError.invalid("The first message of a chat may not contain a link");
                    }
                    stored.add(SandboxJson.object().put("type", "text").put("value", value));
                }
                case "link" -> {
                    if (parts.size() != 1) {
                        throw LinqError.content("A link part must be the only part");
                    }
                    if (firstMessageOfChat) {
                        throw LinqError.invalid("The first message of a chat may not contain a link");
                    }
                    String value = part.path("value").asText("");
                    if (value.isEmpty() || value.length() > 2048) {
                        throw LinqError.content("A link part needs a value of at most 2048 characters");
                    }
                    stored.add(SandboxJson.object().put("type", "link").put("value", value));
                }
                case "media" -> {
                    boolean hasUrl = part.hasNonNull("url");
                    boolean hasAttachment = part.hasNonNull("attachment_id");
                    if (hasUrl == hasAttachment) {
                        throw LinqError.content("A media part needs exactly one of url or attachment_id");
                    }
                    if (hasUrl && !part.get("url").asText().startsWith("https://")) {
                        throw LinqError.invalid("Media url must be a public https URL");
                    }
                    if (hasUrl && ++urlMedia > 40) {
                        throw LinqError.content("At most 40 media parts may use a url");
                    }
                    stored.add(media(part));
                }
                case "imessage_app" -> {
                    if (parts.size() != 1) {
                        throw LinqError.content("An imessage_app part must be the only part");
                    }
                    stored.add(imessageApp(part));
                }
                default -> throw LinqError.invalid("Unknown part type: " + type);
            }
            previous = type;
        }
        return stored;
    }

    /**
     * A card of the partner's own Messages app extension, stored as Linq keeps it: the app's identity, the
     * layout, where a tap leads, the fallback text (the caption unless given) and {@code interactive} (default true).
     */
    private static ObjectNode imessageApp(JsonNode part) {
        JsonNode app = part.get("app");
        if (app == null || !app.isObject()) {
            throw LinqError.missing("message.parts[].app");
        }
        for (String field : java.util.List.of("bundle_id", "name", "team_id")) {
            if (app.path(field).asText("").isBlank()) {
                throw LinqError.missing("message.parts[].app." + field);
            }
        }
        if (app.get("bundle_id").asText().contains(":")) {
            throw LinqError.invalid("app.bundle_id must not contain ':'");
        }
        if (!TEAM_ID.matcher(app.get("team_id").asText()).matches()) {
            throw LinqError.invalid("app.team_id must be 10 uppercase letters or digits");
        }
        JsonNode layout = checkLayout(part.get("layout"), "message.parts[].layout");
        String url = part.path("url").asText(null);
        if (url != null && !(url.startsWith("https://") && url.length() <= 2048
                || url.startsWith("data:") && url.length() <= 16384)) {
            throw LinqError.invalid("url must be an https URL (at most 2048 characters) or a data: URL (at most 16384)");
        }
        ObjectNode card = SandboxJson.object().put("type", "imessage_app");
        ObjectNode identity = card.putObject("app").put("bundle_id", app.get("bundle_id").asText())
                .put("name", app.get("name").asText()).put("team_id", app.get("team_id").asText());
        if (app.hasNonNull("app_store_id")) {
            identity.put("app_store_id", app.get("app_store_id").asLong());
        }
        ObjectNode stored = card.putObject("layout");
        LAYOUT.stream().filter(layout::hasNonNull).forEach(f -> stored.put(f, layout.get(f).asText()));
        return card.put("url", url).put("fallback_text", part.path("fallback_text").asText(layout.path("caption").asText(null)))
                .put("interactive", part.path("interactive").asBoolean(true));
    }

    /** A card's layout: at least one caption or the image, and no image text without the image. */
    static JsonNode checkLayout(JsonNode layout, String field) {
        if (layout == null || !layout.isObject()) {
            throw LinqError.missing(field);
        }
        if (LAYOUT.subList(0, 5).stream().noneMatch(layout::hasNonNull)) {
            throw LinqError.invalid(field + " needs a caption, subcaption, trailing caption or image_url");
        }
        if ((layout.hasNonNull("image_title") || layout.hasNonNull("image_subtitle")) && !layout.hasNonNull("image_url")) {
            throw LinqError.invalid(field + ".image_title and " + field + ".image_subtitle need " + field + ".image_url");
        }
        return layout;
    }

    /** An app card is iMessage only and never falls back to SMS or RCS (code 2018). */
    static void requireServiceFor(ArrayNode parts, String service) {
        boolean card = parts.size() == 1 && "imessage_app".equals(parts.get(0).path("type").asText());
        if (card && !"iMessage".equals(service)) {
            throw new LinqError(400, 2018, "An imessage_app part can only be sent over iMessage, not " + service);
        }
    }

    /** The {@code imessage_app} part an experience invocation becomes, drawn from its params. */
    static ObjectNode appCard(JsonNode experience, ExperienceEndpoints.Action action) {
        JsonNode params = experience.path("params");
        ObjectNode card = SandboxJson.object().put("type", "imessage_app");
        card.putObject("app").put("name", experience.path("name").asText()).put("action", action.name());
        String caption = params.path("title").asText(params.path("caption").asText(action.summary()));
        ObjectNode layout = card.putObject("layout").put("caption", caption);
        if (params.hasNonNull("subcaption")) {
            layout.put("subcaption", params.get("subcaption").asText());
        }
        String url = null;
        for (String field : java.util.List.of("url", "checkout_url", "approval_url")) {
            url = url == null && params.hasNonNull(field) ? params.get(field).asText() : url;
        }
        return card.put("url", url).put("fallback_text", caption);
    }

    private static ObjectNode media(JsonNode part) {
        String url = part.path("url").asText(null);
        String attachment = part.path("attachment_id").asText(null);
        String filename = url != null ? url.substring(url.lastIndexOf('/') + 1) : attachment + ".bin";
        return SandboxJson.object().put("type", "media").put("id", attachment == null ? java.util.UUID.randomUUID().toString() : attachment)
                .put("filename", filename).put("mime_type", "application/octet-stream").put("size_bytes", 0)
                .put("url", url != null ? url : "https://cdn.linqapp.com/sandbox/" + attachment);
    }

    static String requirePhone(String value, String field) {
        if (value == null) {
            throw LinqError.missing(field);
        }
        if (!E164.matcher(value).matches()) {
            throw new LinqError(400, 1002, field + " must be an E.164 phone number");
        }
        return value;
    }

    static String requireHandle(String value, String field) {
        if (value == null) {
            throw LinqError.missing(field);
        }
        if (!E164.matcher(value).matches() && !value.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new LinqError(400, 1002, field + " must be an E.164 phone number or an email address");
        }
        return value;
    }
}
