package com.caresupport.gateway.messaging;

/** Whether the gateway holds a subscription's signing secret (true only for those it created to its own receiver). */
public interface KeptSecrets {

    boolean keeps(String subscriptionId);
}
