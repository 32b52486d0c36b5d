package com.caresupport.gateway.webhook.events;

/**
 * A delivery of a known type whose payload does not have that type's shape. Reading it again gives the same
 * answer, so it is never dispatched; the message names the type and the offending JSON field.
 */
public class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }
}
