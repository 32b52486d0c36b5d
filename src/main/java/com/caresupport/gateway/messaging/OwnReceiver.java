package com.caresupport.gateway.messaging;

/**
 * Says whether a webhook target is this gateway's own receiver. Only such subscriptions' signing secrets are
 * kept and trusted; the secret of any other target goes back to its creator once and is never believed, so
 * an API caller cannot sign deliveries the gateway would act on.
 */
public interface OwnReceiver {

    /** Whether Linq, delivering to {@code targetUrl}, would reach this gateway's {@code /webhooks/linq}. */
    boolean isOwn(String targetUrl);
}
