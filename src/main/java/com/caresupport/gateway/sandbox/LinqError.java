package com.caresupport.gateway.sandbox;

import java.util.Map;

/** A failure the sandbox answers the way Linq does: status, Linq's numeric code, a message. */
class LinqError extends RuntimeException {

    final int status;
    final int code;
    final Map<String, String> headers;

    LinqError(int status, int code, String message) {
        this(status, code, message, Map.of());
    }

    LinqError(int status, int code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    static LinqError missing(String field) {
        return new LinqError(400, 1001, "Missing required field: " + field);
    }

    static LinqError invalid(String message) {
        return new LinqError(400, 1005, message);
    }

    static LinqError content(String message) {
        return new LinqError(400, 1004, message);
    }

    static LinqError notFound(int code, String what) {
        return new LinqError(404, code, what + " not found");
    }
}
