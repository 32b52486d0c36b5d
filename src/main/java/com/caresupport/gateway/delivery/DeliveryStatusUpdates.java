package com.caresupport.gateway.delivery;

import com.caresupport.gateway.webhook.DeliveryStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Applies Linq's delivery news (from webhooks) to the stored messages' status and history. */
@ApplicationScoped
public class DeliveryStatusUpdates {

    private final MessageStore store;

    DeliveryStatusUpdates(MessageStore store) {
        this.store = store;
    }

    void onStatus(@Observes DeliveryStatusChanged change) {
        DeliveryStatus.fromWire(change.status()).ifPresent(status -> {
            String detail = change.reason() != null ? change.reason()
                    : change.errorCode() != null ? "Linq code " + change.errorCode() : null;
            if (status == DeliveryStatus.FAILED && change.errorCode() != null && change.reason() != null) {
                detail = change.reason() + " (Linq code " + change.errorCode() + ")";
            }
            store.applyLinqStatus(change.messageId(), change.idempotencyKey(), status, change.at(), "webhook", detail);
        });
    }
}
