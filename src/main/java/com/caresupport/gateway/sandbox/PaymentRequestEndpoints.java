package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stripe-backed payment requests. Creation needs the {@code stripe} provider connected (403 before, as at
 * Linq); a request is {@code requested} until canceled or past {@code expires_at}. Nobody pays in the sandbox.
 */
@ApplicationScoped
public class PaymentRequestEndpoints {

    static final Duration EXPIRY = Duration.ofHours(24);
    private static final Set<String> STATUSES = Set.of("requested", "authorized", "succeeded", "canceled", "expired",
            "declined");

    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    PaymentRequestEndpoints(SandboxState state, SandboxWebhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/payment_requests", this::create);
        routes.add("GET", "/payment_requests", this::list);
        routes.add("GET", "/payment_requests/{paymentRequestId}", r -> SandboxResponse.ok(find(r.param("paymentRequestId")).deepCopy()));
        routes.add("POST", "/payment_requests/{paymentRequestId}/cancel", this::cancel);
    }

    private SandboxResponse create(SandboxRequest request) {
        JsonNode body = request.object();
        String mode = request.optionalText("mode");
        mode = mode == null ? "payment" : mode;
        String rail = request.optionalText("rail");
        rail = rail == null ? "stripe" : rail;
        if (!mode.equals("payment") && !mode.equals("subscription")) {
            throw LinqError.invalid("mode must be payment or subscription");
        }
        if (!rail.equals("stripe") && !rail.equals("natural")) {
            throw LinqError.invalid("rail must be stripe or natural");
        }
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        ObjectNode created = SandboxJson.object().put("id", id);
        if (mode.equals("payment")) {
            JsonNode amount = body.get("amount");
            if (amount == null || amount.isNull()) {
                throw LinqError.missing("amount");
            }
            if (!amount.isIntegralNumber() || amount.asLong() < 50) {
                throw LinqError.invalid("amount must be an integer of at least 50 (minor units)");
            }
            String currency = request.text("currency");
            if (!currency.equals("usd")) {
                throw LinqError.invalid("Only usd is supported");
            }
            created.put("amount", amount.asLong()).put("currency", currency);
        } else {
            if (body.hasNonNull("amount") || body.hasNonNull("currency")) {
                throw LinqError.invalid("amount and currency come from the price in subscription mode");
            }
            String price = request.text("price_id");
            if (!price.startsWith("price_")) {
                throw LinqError.invalid("price_id must be a Stripe price id (price_...)");
            }
            long quantity = body.path("quantity").asLong(1);
            if (quantity < 1) {
                throw LinqError.invalid("quantity must be at least 1");
            }
            // The sandbox's recurring prices all cost 10 USD a month.
            created.put("amount", 1000 * quantity).put("currency", "usd").put("price_id", price)
                    .put("quantity", quantity).put("interval", "month").put("interval_count", 1);
        }
        if (rail.equals("natural")) {
            MessageContentRules.requirePhone(request.optionalText("from"), "from");
            MessageContentRules.requirePhone(request.optionalText("payer_handle"), "payer_handle");
        }
        JsonNode metadata = body.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            if (!metadata.isObject() || metadata.size() > 49) {
                throw LinqError.invalid("metadata must be an object of at most 49 keys");
            }
            metadata.fieldNames().forEachRemaining(key -> {
                if (key.startsWith("linq_")) {
                    throw LinqError.invalid("metadata keys starting with linq_ are reserved");
                }
            });
        }
        if (!PaymentEndpoints.ready(state, "stripe")) {
            throw new LinqError(403, 2005, "Connect Stripe before creating payment requests");
        }
        created.put("checkout_url", "https://zero.linqapp.com/pay/sandbox?session=tok_" + id.replace("-", ""))
                .put("created_at", now.toString()).put("mode", mode).put("object", "payment_request")
                .put("status", "requested").put("description", request.optionalText("description"))
                .put("expires_at", now.plus(EXPIRY).toString());
        created.set("metadata", metadata == null || metadata.isNull() ? SandboxJson.object() : metadata.deepCopy());
        created.put("rail", rail).put("updated_at", now.toString());
        ObjectNode stripe = created.putObject("stripe").put("payment_intent_id", "pi_" + id.replace("-", "").substring(0, 24));
        String customer = request.optionalText("customer_id");
        if (customer != null && !customer.startsWith("cus_")) {
            throw LinqError.invalid("customer_id must be a Stripe customer id (cus_...)");
        }
        if (customer != null || mode.equals("subscription")) {
            stripe.put("customer_id", customer != null ? customer : "cus_" + id.replace("-", "").substring(0, 14));
        }
        if (mode.equals("subscription")) {
            stripe.put("subscription_id", "sub_" + id.replace("-", "").substring(0, 24));
        }
        state.paymentRequests.put(id, created);
        return SandboxResponse.created(created.deepCopy());
    }

    private SandboxResponse list(SandboxRequest request) {
        int limit = Paging.limit(request.query("limit"), 20);
        int offset = Paging.offset(request.query("offset"));
        String status = request.query("status");
        if (status != null && !STATUSES.contains(status)) {
            throw LinqError.invalid("Unknown status: " + status);
        }
        List<ObjectNode> matching = state.paymentRequests.values().stream().map(this::current)
                .filter(r -> status == null || status.equals(r.path("status").asText()))
                .sorted(Comparator.comparing((ObjectNode r) -> r.path("created_at").asText()).reversed())
                .toList();
        ObjectNode body = SandboxJson.object();
        ArrayNode data = body.putArray("data");
        matching.stream().skip(offset).limit(limit).forEach(r -> data.add(r.deepCopy()));
        return SandboxResponse.ok(body.put("has_more", offset + limit < matching.size()).put("object", "list"));
    }

    private SandboxResponse cancel(SandboxRequest request) {
        ObjectNode paymentRequest = find(request.param("paymentRequestId"));
        synchronized (state.lock) {
            String status = paymentRequest.path("status").asText();
            if (!status.equals("requested")) {
                throw new LinqError(409, 1006, "A " + status + " payment request cannot be canceled");
            }
            paymentRequest.put("status", "canceled").put("updated_at", Instant.now().toString());
        }
        ObjectNode copy = paymentRequest.deepCopy();
        webhooks.emit("payment.canceled", version -> event(copy));
        return SandboxResponse.ok(copy);
    }

    /** Payment events carry the request id, amount, currency and the partner's metadata. */
    static ObjectNode event(ObjectNode paymentRequest) {
        ObjectNode data = SandboxJson.object().put("payment_request_id", paymentRequest.path("id").asText())
                .put("amount", paymentRequest.path("amount").asLong())
                .put("currency", paymentRequest.path("currency").asText())
                .put("status", paymentRequest.path("status").asText());
        data.set("metadata", paymentRequest.path("metadata").deepCopy());
        return data;
    }

    private ObjectNode find(String id) {
        ObjectNode paymentRequest = state.paymentRequests.get(id);
        if (paymentRequest == null) {
            throw new LinqError(404, 2001, "Payment request not found");
        }
        return current(paymentRequest);
    }

    /** An unpaid request past its expiry reads as expired, and says so once by webhook. */
    private ObjectNode current(ObjectNode paymentRequest) {
        boolean expired;
        synchronized (state.lock) {
            expired = paymentRequest.path("status").asText().equals("requested")
                    && Instant.parse(paymentRequest.path("expires_at").asText()).isBefore(Instant.now());
            if (expired) {
                paymentRequest.put("status", "expired").put("updated_at", Instant.now().toString());
            }
        }
        if (expired) {
            ObjectNode copy = paymentRequest.deepCopy();
            webhooks.emit("payment.expired", version -> event(copy));
        }
        return paymentRequest;
    }
}
