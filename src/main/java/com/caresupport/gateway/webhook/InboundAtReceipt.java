package com.caresupport.gateway.webhook;

/**
 * Takes in, before the delivery that brought it is answered, an inbound message that must not wait for the
 * event's processing, which lags behind the receiver under a burst: a reply that changes who may be messaged
 * (STOP, START). The inbound pipeline implements it; the event's processing later finds the message taken in.
 */
public interface InboundAtReceipt {

    /**
     * A cheap look at a stored {@code message.received} payload, on the event loop: whether it may hold such
     * a message. Only then is the payload read and {@link #takeIn} called.
     */
    boolean mayConcern(String payload);

    /** Takes the message in now, in a transaction of its own, if it is one that must not wait. */
    void takeIn(InboundMessage message);
}
