package com.caresupport.gateway.payments;

import com.caresupport.gateway.linq.wire.PaymentHandleConnection;

/**
 * A customer's connection for agent payments: {@code status} not_connected, pending, connected or revoked.
 * {@code connect_id} comes only from {@code connect} while pending, and Linq keeps no copy: hold it for verify.
 */
public record HandleConnection(boolean success, String handle, String status, String connectId) {

    static HandleConnection from(String handle, PaymentHandleConnection c) {
        return new HandleConnection(true, c.handle() != null ? c.handle() : handle, c.status(), c.connectId());
    }
}
