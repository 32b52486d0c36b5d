package com.caresupport.gateway.linq.wire;

/**
 * A customer handle's connection for agent payments: status not_connected, pending, connected or revoked.
 * {@code connectId} comes only from {@code connect}, while pending, and is needed again to verify.
 */
public record PaymentHandleConnection(String connectId, String handle, String status) {
}
