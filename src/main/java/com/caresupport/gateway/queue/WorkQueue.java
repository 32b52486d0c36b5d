package com.caresupport.gateway.queue;

import java.util.Set;

/**
 * A table of leased work, driven by the {@link QueueWorker}: rows in an {@link #open()} state whose next attempt
 * is due are claimed in batches, and each is handed to {@link #work(String)} under its lease. Each queue keeps
 * its own states and meaning; what it shares is how rows are claimed, retried and released.
 */
public interface WorkQueue<E extends Leased> {

    /**
     * What a queue holds and how it is driven.
     *
     * @param name a short name for the schedule and the logs
     * @param entity the rows' entity
     * @param open the states in which a row still has work owed (the entity's {@code state} attribute)
     * @param settings interval, batch, lease, attempts and backoff
     */
    record Definition<E extends Leased>(String name, Class<E> entity, Set<? extends Enum<?>> open,
            QueueSettings settings) {
    }

    Definition<E> definition();

    /**
     * Works on row {@code id}, which this instance has claimed, records the outcome on it and releases the
     * lease. A row it throws on keeps its lease until that runs out, then is claimed again.
     */
    void work(String id);
}
