package com.caresupport.gateway.messaging;

/** The answer to an operation with nothing to return but that it was done. */
public record ActionResult(boolean success, String status) {

    public static ActionResult done() {
        return new ActionResult(true, "ok");
    }

    public static ActionResult of(String linqStatus) {
        return new ActionResult(true, linqStatus == null ? "ok" : linqStatus);
    }
}
