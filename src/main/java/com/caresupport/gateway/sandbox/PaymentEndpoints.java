package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Agent payments. A provider is {@code disabled} until connected; the sandbox's admin authorizes at once, so
 * it is {@code ready} after {@code connect}. A customer handle goes not_connected, pending (connect),
 * connected (verify with a 6-digit code), revoked. A payment for a connected handle mints a card at once
 * ({@code ready}); for any other handle it reports {@code needs_connection} and has no id.
 */
@ApplicationScoped
public class PaymentEndpoints {

    static final Set<String> PROVIDERS = Set.of("stripe", "agentcard", "natural");

    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    PaymentEndpoints(SandboxState state, SandboxWebhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("GET", "/payments/providers/{provider}", r -> SandboxResponse.ok(provider(r.param("provider"))));
        routes.add("POST", "/payments/providers/{provider}/connect", this::connectProvider);
        routes.add("POST", "/payments/handles/{handle}/connect", this::connectHandle);
        routes.add("GET", "/payments/handles/{handle}/connection", r -> SandboxResponse.ok(connection(handle(r))));
        routes.add("DELETE", "/payments/handles/{handle}/connection", this::revoke);
        routes.add("POST", "/payments/handles/{handle}/verify", this::verify);
        routes.add("POST", "/payments", this::create);
        routes.add("GET", "/payments/{paymentId}", r -> SandboxResponse.ok(payment(r.param("paymentId")).deepCopy()));
        routes.add("POST", "/payments/{paymentId}/cancel", this::cancel);
        routes.add("GET", "/payments/{paymentId}/credentials", this::credentials);
    }

    static boolean ready(SandboxState state, String provider) {
        ObjectNode stored = state.paymentProviders.get(provider);
        return stored != null && stored.path("status").asText().equals("ready");
    }

    private ObjectNode provider(String name) {
        if (!PROVIDERS.contains(name)) {
            throw new LinqError(404, 2001, "Unknown payment provider: " + name);
        }
        ObjectNode stored = state.paymentProviders.get(name);
        return stored != null ? stored.deepCopy() : SandboxJson.object().put("provider", name).put("status", "disabled");
    }

    private SandboxResponse connectProvider(SandboxRequest request) {
        String name = request.param("provider");
        provider(name);
        String returnUrl = request.text("return_url");
        if (!returnUrl.startsWith("https://") && !returnUrl.startsWith("http://localhost")) {
            throw LinqError.invalid("return_url must be an https URL");
        }
        String session = UUID.randomUUID().toString();
        state.paymentProviders.put(name, SandboxJson.object().put("provider", name).put("status", "ready"));
        return SandboxResponse.ok(SandboxJson.object()
                .put("hosted_url", "https://zero.linqapp.com/sandbox/connect/" + name + "?session=" + session)
                .put("session_id", session).put("status", "pending"));
    }

    private static String handle(SandboxRequest request) {
        return MessageContentRules.requireHandle(request.param("handle"), "handle");
    }

    private ObjectNode connection(String handle) {
        ObjectNode stored = state.paymentHandles.get(handle);
        ObjectNode body = SandboxJson.object().put("handle", handle)
                .put("status", stored == null ? "not_connected" : stored.path("status").asText());
        return body;
    }

    private SandboxResponse connectHandle(SandboxRequest request) {
        String handle = handle(request);
        BlockedHandleEndpoints.requireUnblocked(state, Set.of(handle));
        synchronized (state.lock) {
            ObjectNode stored = state.paymentHandles.get(handle);
            if (stored != null && stored.path("status").asText().equals("connected")) {
                return SandboxResponse.ok(connection(handle));
            }
            String connectId = "conn_" + UUID.randomUUID().toString().replace("-", "");
            state.paymentHandles.put(handle, SandboxJson.object().put("status", "pending").put("connect_id", connectId));
            return SandboxResponse.ok(SandboxJson.object().put("connect_id", connectId).put("handle", handle)
                    .put("status", "pending"));
        }
    }

    private SandboxResponse verify(SandboxRequest request) {
        String handle = handle(request);
        String code = request.text("code");
        String connectId = request.text("connect_id");
        if (!code.matches("^\\d{6}$")) {
            throw LinqError.invalid("code must be the 6-digit code the customer received");
        }
        synchronized (state.lock) {
            ObjectNode stored = state.paymentHandles.get(handle);
            if (stored == null || !stored.path("status").asText().equals("pending")) {
                throw new LinqError(409, 1006, "No connection is pending for " + handle + "; call connect first");
            }
            if (!connectId.equals(stored.path("connect_id").asText())) {
                throw LinqError.invalid("connect_id does not match the pending connection");
            }
            state.paymentHandles.put(handle, SandboxJson.object().put("status", "connected"));
        }
        webhooks.emit("connection.created", version -> SandboxJson.object().put("handle", handle)
                .put("status", "connected").put("connected_at", Instant.now().toString()));
        return SandboxResponse.ok(connection(handle));
    }

    private SandboxResponse revoke(SandboxRequest request) {
        String handle = handle(request);
        synchronized (state.lock) {
            ObjectNode stored = state.paymentHandles.get(handle);
            if (stored == null || !stored.path("status").asText().equals("connected")) {
                throw new LinqError(404, 2001, handle + " is not connected");
            }
            state.paymentHandles.put(handle, SandboxJson.object().put("status", "revoked"));
        }
        webhooks.emit("connection.revoked", version -> SandboxJson.object().put("handle", handle)
                .put("status", "revoked").put("revoked_at", Instant.now().toString()));
        return SandboxResponse.ok(connection(handle));
    }

    private SandboxResponse create(SandboxRequest request) {
        JsonNode body = request.object();
        JsonNode amount = body.get("amount_cents");
        if (amount == null || amount.isNull()) {
            throw LinqError.missing("amount_cents");
        }
        if (!amount.isIntegralNumber() || amount.asLong() <= 0) {
            throw LinqError.invalid("amount_cents must be a positive integer");
        }
        String currency = request.text("currency");
        if (!currency.equals("usd")) {
            throw LinqError.invalid("Only usd is supported");
        }
        String handle = MessageContentRules.requireHandle(request.optionalText("handle"), "handle");
        String merchantUrl = body.path("merchant").path("url").asText(null);
        if (merchantUrl != null && !merchantUrl.startsWith("https://")) {
            throw LinqError.invalid("merchant.url must be an https URL");
        }
        ObjectNode payment = SandboxJson.object().put("amount_cents", amount.asLong()).put("currency", currency)
                .put("description", request.optionalText("description")).put("handle", handle);
        if (!connection(handle).path("status").asText().equals("connected")) {
            return SandboxResponse.ok(payment.put("status", "needs_connection"));
        }
        String id = UUID.randomUUID().toString();
        ObjectNode stored = SandboxJson.object().put("id", id);
        stored.setAll(payment);
        stored.put("status", "ready");
        state.payments.put(id, stored);
        return SandboxResponse.created(stored.deepCopy());
    }

    private ObjectNode payment(String id) {
        ObjectNode payment = state.payments.get(id);
        if (payment == null) {
            throw new LinqError(404, 2001, "Payment not found");
        }
        return payment;
    }

    private SandboxResponse cancel(SandboxRequest request) {
        ObjectNode payment = payment(request.param("paymentId"));
        synchronized (state.lock) {
            String status = payment.path("status").asText();
            if (Set.of("succeeded", "declined", "canceled", "expired").contains(status)) {
                throw new LinqError(409, 1006, "A " + status + " payment cannot be canceled");
            }
            payment.put("status", "canceled");
            return SandboxResponse.ok(payment.deepCopy());
        }
    }

    private SandboxResponse credentials(SandboxRequest request) {
        ObjectNode payment = payment(request.param("paymentId"));
        if (!payment.path("status").asText().equals("ready")) {
            throw new LinqError(409, 1006, "Credentials are only handed off for a ready payment");
        }
        ObjectNode body = SandboxJson.object();
        body.putObject("handoff").put("card_ref", "card_" + payment.path("id").asText().replace("-", "").substring(0, 16))
                .put("fetch_url", "https://sandbox.agentcard.example/v1/cards/reveal").put("provider", "agentcard")
                .put("user_token", "ut_sandbox_" + UUID.randomUUID().toString().replace("-", ""));
        return SandboxResponse.ok(body);
    }
}
