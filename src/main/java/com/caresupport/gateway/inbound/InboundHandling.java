package com.caresupport.gateway.inbound;

import com.caresupport.gateway.queue.QueueWorker;
import com.caresupport.gateway.queue.WorkQueue;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hands stored inbound messages to the {@link IncomingMessage} observers, off the path that received them.
 * Each observer is called on its own and remembered once it succeeded, so a failing observer is retried
 * alone (with backoff, from the work queue) while the others get each message once, and a slow one holds up
 * no receiver.
 */
@ApplicationScoped
public class InboundHandling implements WorkQueue<InboundRecord> {

    /** A stored message waiting for its observers. */
    public record Due(String id) {
    }

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final BeanManager beans;
    private final InboundConfig config;
    private final Members members;
    private final QueueWorker worker;
    private volatile Boolean observed;

    InboundHandling(BeanManager beans, InboundConfig config, Members members, QueueWorker worker) {
        this.beans = beans;
        this.config = config;
        this.members = members;
        this.worker = worker;
    }

    /** Whether any {@link IncomingMessage} observer exists; they are fixed at build time. */
    boolean observed() {
        Boolean known = observed;
        if (known == null) {
            IncomingMessage probe = new IncomingMessage(null, null, null, null, null, null, Instant.EPOCH, true);
            known = !beans.resolveObserverMethods(probe).isEmpty();
            observed = known;
        }
        return known;
    }

    /** Calls the observers at once, if this caller wins the message's lease; the work queue retries failures. */
    void onDue(@ObservesAsync Due due) {
        worker.runNow(this, due.id());
    }

    @Override
    public Definition<InboundRecord> definition() {
        return new Definition<>("inbound-retry", InboundRecord.class,
                Set.of(InboundRecord.State.PENDING, InboundRecord.State.FAILED), config.settings(LEASE, BATCH));
    }

    @Override
    public void work(String id) {
        InboundRecord record = QuarkusTransaction.requiringNew().call(() -> InboundRecord.<InboundRecord>findById(id));
        IncomingMessage message = new IncomingMessage(
                record.memberId == null ? null : members.view(record.memberId).orElse(null), record.fromHandle,
                record.body, record.service, record.chatId, record.linqMessageId,
                record.sentAt != null ? record.sentAt : record.receivedAt, record.unknownSender);
        Set<String> done = new LinkedHashSet<>(record.handledBy == null || record.handledBy.isBlank() ? List.of()
                : List.of(record.handledBy.split(",")));
        List<String> failures = new ArrayList<>();
        List<ObserverMethod<? super IncomingMessage>> observers = new ArrayList<>(beans.resolveObserverMethods(message));
        observers.sort(Comparator.comparing(o -> o.getBeanClass().getName()));
        for (int i = 0; i < observers.size(); i++) {
            ObserverMethod<? super IncomingMessage> observer = observers.get(i);
            String key = observer.getBeanClass().getName() + "#" + i;
            if (done.contains(key)) {
                continue;
            }
            try {
                notify(observer, message);
                done.add(key);
            } catch (RuntimeException e) {
                Log.warnf(e, "Inbound message %s: observer %s failed; it will be called again", id, key);
                failures.add(key + ": " + e);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord stored = InboundRecord.findById(id);
            stored.handledBy = String.join(",", done);
            if (failures.isEmpty()) {
                stored.state = InboundRecord.State.HANDLED;
                stored.handledAt = Instant.now();
                stored.succeeded();
            } else {
                stored.state = InboundRecord.State.FAILED;
                stored.retryLater(String.join("; ", failures), config.settings(LEASE, BATCH).backoff(), Duration.ZERO, Instant.now());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> void notify(ObserverMethod<T> observer, Object event) {
        T typed = (T) event;
        observer.notify(new EventContext<T>() {
            @Override
            public T getEvent() {
                return typed;
            }

            @Override
            public EventMetadata getMetadata() {
                return new EventMetadata() {
                    @Override
                    public Set<Annotation> getQualifiers() {
                        return Set.of(jakarta.enterprise.inject.Any.Literal.INSTANCE);
                    }

                    @Override
                    public InjectionPoint getInjectionPoint() {
                        return null;
                    }

                    @Override
                    public Type getType() {
                        return IncomingMessage.class;
                    }
                };
            }
        });
    }
}
