package com.caresupport.gateway.delivery;

import com.caresupport.gateway.queue.QueueSettings;
import com.caresupport.gateway.queue.QueueWorker;
import com.caresupport.gateway.queue.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The outbox as a work queue: pending entries are claimed in batches every {@code gateway.outbox.interval} and
 * delivered under their lease (delivery runs outside any transaction). An entry is tried until Linq takes or
 * refuses it, or until it is older than {@code gateway.outbox.max-age}; attempts are not counted against it.
 */
@ApplicationScoped
public class OutboxWorker implements WorkQueue<OutboxEntry> {

    private final Outbox outbox;
    private final DeliveryConfig config;
    private final QueueWorker worker;

    OutboxWorker(Outbox outbox, DeliveryConfig config, QueueWorker worker) {
        this.outbox = outbox;
        this.config = config;
        this.worker = worker;
    }

    @Override
    public Definition<OutboxEntry> definition() {
        return new Definition<>("outbox", OutboxEntry.class, Set.of(OutboxEntry.State.PENDING), new QueueSettings(
                config.interval(), config.batchSize(), config.lease(), QueueSettings.UNLIMITED, outbox.backoff()));
    }

    @Override
    public void work(String messageId) {
        outbox.deliverClaimed(messageId);
    }

    /** Claims and delivers due messages as {@code worker}; returns how many it claimed. */
    public int drain(String name) {
        return worker.drain(this, name);
    }
}
