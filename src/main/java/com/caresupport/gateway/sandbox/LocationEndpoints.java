package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * Find My location sharing in a chat. Nobody shares until asked; in the sandbox the contact accepts a
 * location request at once and appears at a fixed point, so a request followed by a read shows a feature.
 */
@ApplicationScoped
public class LocationEndpoints {

    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    LocationEndpoints(SandboxState state, SandboxWebhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("GET", "/chats/{chatId}/location", this::get);
        routes.add("POST", "/chats/{chatId}/location/request", this::request);
    }

    private SandboxResponse get(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        ObjectNode data = SandboxJson.object().put("type", "FeatureCollection");
        ArrayNode features = data.putArray("features");
        ObjectNode feature = state.locations.get(chat.id);
        if (feature != null) {
            features.add(feature.deepCopy());
        }
        ObjectNode body = SandboxJson.object().put("success", true);
        body.set("data", data);
        return SandboxResponse.ok(body);
    }

    private SandboxResponse request(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        ChatEndpoints.requireActive(chat);
        if (chat.group || !"iMessage".equals(chat.service)) {
            throw new LinqError(409, 1006, "Location requests only work in 1:1 iMessage chats");
        }
        String handle = chat.recipients().get(0);
        BlockedHandleEndpoints.requireUnblocked(state, chat.recipients());
        Instant now = Instant.now();
        ObjectNode feature = SandboxJson.object().put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
        geometry.putArray("coordinates").add(-122.4194).add(37.7749);
        feature.putObject("properties").put("handle", handle).put("address", "1 Market St")
                .put("locality", "San Francisco").put("updated_at", now.toString());
        if (state.locations.putIfAbsent(chat.id, feature) == null) {
            webhooks.emit("location.sharing.started", version -> SandboxJson.object().put("chat_id", chat.id)
                    .put("handle", handle).put("started_at", now.toString()));
        }
        return SandboxResponse.ok(SandboxJson.object().put("message", "Location request sent").put("success", true));
    }
}
