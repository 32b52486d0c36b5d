package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Handle;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sandbox's own controls, not part of Linq: inject inbound messages and faults, read what the sandbox
 * received and delivered, and reset it. For tests, demos and the README tour; no authentication.
 */
@Path("/sandbox/control")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final SandboxConfig config;
    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    SandboxControlResource(SandboxConfig config, SandboxState state, SandboxWebhooks webhooks) {
        this.config = config;
        this.state = state;
        this.webhooks = webhooks;
    }

    @POST
    @Path("/reset")
    public Response reset() {
        requireEnabled();
        state.reset();
        return Response.noContent().build();
    }

    /** A message from {@code from} to one of the sandbox's lines, as if a person had texted it. */
    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inbound(JsonNode body) {
        requireEnabled();
        String from = text(body, "from");
        String text = text(body, "text");
        MessageContentRules.requireHandle(from, "from");
        if (state.blockedHandles.containsKey(from)) {
            // Linq drops a blocked handle's messages before they reach a chat or a webhook.
            return Response.status(202).entity(SandboxJson.object().put("dropped", true)).build();
        }
        String line = body.path("to").asText(config.lines().get(0));
        String chatId = body.path("chat_id").asText(null);
        Message message;
        synchronized (state.lock) {
            Instant now = Instant.now();
            Chat chat = chatId != null ? state.chat(chatId) : state.chats.values().stream()
                    .filter(c -> !c.group && c.line.equals(line) && c.recipients().equals(java.util.List.of(from)))
                    .findFirst().orElseGet(() -> newChat(line, from, now));
            Handle sender = chat.activeHandles().stream().filter(h -> h.handle.equals(from)).findFirst()
                    .orElseThrow(() -> new LinqError(400, 1005, from + " is not in chat " + chat.id));
            ArrayNode parts = SandboxJson.NODES.arrayNode();
            parts.addObject().put("type", "text").put("value", text);
            JsonNode replyTo = body.hasNonNull("reply_to_message_id")
                    ? SandboxJson.object().put("message_id", body.get("reply_to_message_id").asText()).put("part_index", 0)
                    : null;
            message = new Message(UUID.randomUUID().toString(), chat, now, false, sender, parts, null, null,
                    chat.service, replyTo, null, "received");
            message.sentAt = now;
            chat.messages.add(message);
            chat.updatedAt = now;
            state.messages.put(message.id, message);
        }
        Message received = message;
        webhooks.emit("message.received", version -> SandboxEvents.message(received, version));
        return Response.status(201).entity(SandboxJson.object().put("chat_id", message.chat.id)
                .put("message_id", message.id).put("service", message.service)).build();
    }

    private Chat newChat(String line, String from, Instant now) {
        String service = ServiceRule.choose(java.util.List.of(from), null).wire;
        Chat chat = new Chat(UUID.randomUUID().toString(), line, now, false, service);
        chat.handles.add(new Handle(UUID.randomUUID().toString(), line, now, service, true));
        chat.handles.add(new Handle(UUID.randomUUID().toString(), from, now, service, false));
        state.chats.put(chat.id, chat);
        return chat;
    }

    @POST
    @Path("/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fault(JsonNode body) {
        requireEnabled();
        Pattern path;
        try {
            path = Pattern.compile(text(body, "path"));
        } catch (PatternSyntaxException e) {
            throw new jakarta.ws.rs.BadRequestException("path is not a regular expression: " + e.getDescription());
        }
        Map<String, String> headers = new HashMap<>();
        body.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        Fault fault = new Fault(UUID.randomUUID().toString(), path, body.path("method").asText(null),
                body.hasNonNull("status") ? body.get("status").asInt() : null,
                body.hasNonNull("retry_after") ? body.get("retry_after").asInt() : null, headers,
                body.path("latency_ms").asInt(0), body.path("drop_connection").asBoolean(false),
                body.hasNonNull("body") ? body.get("body").asText() : null, body.hasNonNull("count") ? body.get("count").asInt() : null,
                body.hasNonNull("rate") ? body.get("rate").asDouble() : null);
        state.faults.add(fault);
        return Response.status(201).entity(SandboxJson.object().put("id", fault.id)).build();
    }

    @DELETE
    @Path("/faults")
    public Response clearFaults() {
        requireEnabled();
        state.faults.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("/counters")
    public ObjectNode counters() {
        requireEnabled();
        ObjectNode body = SandboxJson.object();
        ObjectNode requests = body.putObject("requests");
        state.requests.forEach((route, count) -> requests.put(route, count.get()));
        body.put("faulted", state.faulted.get()).put("messages_created", state.messagesCreated.get())
                .put("idempotency_repeats", state.idempotencyRepeats.get());
        ObjectNode keys = body.putObject("idempotency_keys");
        state.idempotencyKeys.forEach((key, count) -> keys.put(key, count.get()));
        body.putObject("webhook_deliveries").put("attempted", state.deliveriesAttempted.get())
                .put("succeeded", state.deliveriesSucceeded.get()).put("failed", state.deliveriesFailed.get());
        return body;
    }

    @GET
    @Path("/requests")
    public ObjectNode requests(@QueryParam("path") String path, @QueryParam("method") String method) {
        requireEnabled();
        Pattern filter = path == null ? null : Pattern.compile(path);
        ObjectNode body = SandboxJson.object();
        ArrayNode list = body.putArray("requests");
        state.requestLog.stream()
                .filter(r -> method == null || method.equalsIgnoreCase(r.path("method").asText()))
                .filter(r -> filter == null || filter.matcher(r.path("path").asText()).find())
                .forEach(list::add);
        return body;
    }

    @GET
    @Path("/deliveries")
    public ObjectNode deliveries() {
        requireEnabled();
        ObjectNode body = SandboxJson.object();
        ArrayNode list = body.putArray("deliveries");
        state.deliveryLog.forEach(list::add);
        return body;
    }

    private void requireEnabled() {
        if (!config.enabled()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new jakarta.ws.rs.BadRequestException(field + " is required");
        }
        return value.asText();
    }
}
