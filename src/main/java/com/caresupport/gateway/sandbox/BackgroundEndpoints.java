package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chat's transcript background: a colour (named or a custom two-stop gradient), an animated style, or a
 * photo. Accepted with 202; the result comes as {@code chat.background_updated}. SMS and RCS chats accept
 * the request but nothing is applied and no webhook fires, as at Linq.
 */
@ApplicationScoped
public class BackgroundEndpoints {

    static final Set<String> COLORS = Set.of("mango", "ice", "plum", "deep_sea", "green_apple", "cherry", "bubblegum",
            "tangerine", "magenta", "lime", "silver", "carbon", "stone", "custom");
    static final Map<String, Set<String>> STYLES = Map.of("sky", Set.of("dusk", "haze", "sunset", "clear", "sunrise", "dawn"),
            "water", Set.of("light", "dark"), "aurora", Set.of("green", "purple", "pink"));
    private static final List<String> IMAGE_SUFFIXES = List.of(".jpg", ".jpeg", ".png", ".heic", ".webp");

    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    BackgroundEndpoints(SandboxState state, SandboxWebhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/chats/{chatId}/background", this::set);
        routes.add("DELETE", "/chats/{chatId}/background", this::remove);
    }

    private SandboxResponse set(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        ChatEndpoints.requireActive(chat);
        ObjectNode background = background(request);
        if ("iMessage".equals(chat.service)) {
            state.backgrounds.put(chat.id, background);
            webhooks.emit("chat.background_updated", version -> updated(chat, background));
        }
        return new SandboxResponse(202, null);
    }

    private SandboxResponse remove(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        ChatEndpoints.requireActive(chat);
        if (state.backgrounds.remove(chat.id) != null) {
            webhooks.emit("chat.background_updated", version -> updated(chat, null));
        }
        return SandboxResponse.noContent();
    }

    private static ObjectNode updated(Chat chat, ObjectNode background) {
        ObjectNode data = SandboxJson.object().put("chat_id", chat.id);
        data.set("background", background == null ? null : background.deepCopy());
        return data.put("updated_at", Instant.now().toString());
    }

    private static ObjectNode background(SandboxRequest request) {
        String type = request.text("type");
        ObjectNode background = SandboxJson.object().put("type", type);
        switch (type) {
            case "color" -> {
                String variant = request.optionalText("variant");
                variant = variant == null ? "custom" : variant;
                if (!COLORS.contains(variant)) {
                    throw LinqError.invalid("Unknown color variant: " + variant);
                }
                background.put("variant", variant);
                if (variant.equals("custom")) {
                    JsonNode shades = request.object().get("shades");
                    if (shades == null || !shades.isArray() || shades.size() != 2) {
                        throw LinqError.invalid("shades must be two hex colors for a custom color");
                    }
                    for (JsonNode shade : shades) {
                        if (!shade.asText("").matches("^#[0-9A-Fa-f]{6}$")) {
                            throw LinqError.invalid("shades must be hex colors like #F2C4E1");
                        }
                    }
                    background.set("shades", shades.deepCopy());
                }
            }
            case "dynamic" -> {
                String style = request.text("style");
                String variant = request.text("variant");
                Set<String> variants = STYLES.get(style);
                if (variants == null) {
                    throw LinqError.invalid("style must be sky, water or aurora");
                }
                if (!variants.contains(variant)) {
                    throw LinqError.invalid("Unknown " + style + " variant: " + variant);
                }
                background.put("style", style).put("variant", variant);
            }
            case "photo" -> {
                String url = request.text("image_url");
                if (!url.startsWith("https://")) {
                    throw new LinqError(400, 5007, "image_url must be an absolute https URL");
                }
                String path = url.split("[?#]")[0].toLowerCase(java.util.Locale.ROOT);
                if (IMAGE_SUFFIXES.stream().noneMatch(path::endsWith)) {
                    throw new LinqError(400, 5006, "image_url does not point at an image");
                }
                background.put("image_url", url);
            }
            default -> throw LinqError.invalid("type must be color, dynamic or photo");
        }
        return background;
    }
}
