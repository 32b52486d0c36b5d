package com.caresupport.gateway.ops;

import com.caresupport.gateway.delivery.MessageRecord;
import com.caresupport.gateway.webhook.DeliveryStatusChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts each webhook about one of the gateway's messages into that message's trace (see {@link Traces}): a span
 * {@code webhook message.<status>}, child of the send, carrying the webhook event and Linq's ids. News about
 * messages the gateway did not send starts no span.
 */
@ApplicationScoped
public class WebhookTraces {

    void onStatus(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) DeliveryStatusChanged change) {
        Optional<MessageRecord> message = QuarkusTransaction.requiringNew().call(() -> {
            Optional<MessageRecord> found = change.messageId() == null ? Optional.empty()
                    : MessageRecord.find("linqMessageId", change.messageId()).firstResultOptional();
            return found.isEmpty() && change.idempotencyKey() != null
                    ? MessageRecord.findByIdempotencyKey(change.idempotencyKey()) : found;
        });
        message.filter(m -> m.traceParent != null).ifPresent(m -> {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("gateway.message_id", m.id);
            attributes.put("linq.message_id", change.messageId());
            attributes.put("linq.chat_id", change.chatId());
            attributes.put("webhook.event_id", change.eventId());
            attributes.put("message.status", change.status());
            Traces.inSpan(m.traceParent, "webhook message." + change.status(), attributes, () -> { });
        });
    }
}
