package com.caresupport.gateway.testing;

import com.caresupport.gateway.inbound.IncomingMessage;
import com.caresupport.gateway.webhook.DeliveryStatusChanged;
import com.caresupport.gateway.webhook.InboundMessage;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Application code as tests imagine it: records every event the gateway publishes. */
@Singleton
public class RecordingObserver {

    public final List<InboundMessage> inbound = new CopyOnWriteArrayList<>();
    public final List<DeliveryStatusChanged> statuses = new CopyOnWriteArrayList<>();
    public final List<IncomingMessage> incoming = new CopyOnWriteArrayList<>();

    void onInbound(@Observes InboundMessage message) {
        inbound.add(message);
    }

    void onStatus(@Observes DeliveryStatusChanged change) {
        statuses.add(change);
    }

    void onIncoming(@Observes IncomingMessage message) {
        incoming.add(message);
    }

    public long incomingFor(String messageId) {
        return incoming.stream().filter(m -> messageId.equals(m.messageId())).count();
    }

    public long inboundFor(String messageId) {
        return inbound.stream().filter(m -> messageId.equals(m.messageId())).count();
    }
}
