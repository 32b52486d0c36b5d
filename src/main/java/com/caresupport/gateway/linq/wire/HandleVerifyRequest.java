package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/payments/handles/{handle}/verify}: the customer's one-time code and the connect id. */
public record HandleVerifyRequest(String code, String connectId) {

    /** The one-time code stays out of logs. */
    @Override
    public String toString() {
        return "HandleVerifyRequest[code=***, connectId=" + connectId + "]";
    }
}
