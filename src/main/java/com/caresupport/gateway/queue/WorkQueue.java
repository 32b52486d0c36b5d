package com.caresupport.gateway.queue;

import java.util.Set;

/**
 * A table of leased work, driven by the {@link QueueWorker}: rows in an {@link #open()} state whose next attempt
 * is due are claimed in batches, and each is handed to {@link #work(String)} under its lease. Each queue keeps
 * its own states and meaning; what it shares is how rows are claimed, retried and released.
 */
public interface WorkQueue<E extends Leased> {

    /** A short name for the schedule and the logs. */
    String name();

    Class<E> entity();

    /** The states in which a row still has work owed; its entity's {@code state} attribute holds one. */
    Set<? extends Enum<?>> open();

    QueueSettings settings();

    /**
     * Works on row {@code id}, which this instance has claimed, records the outcome on it and releases the
     * lease. A row it throws on keeps its lease until that runs out, then is claimed again.
     */
    void work(String id);
}
