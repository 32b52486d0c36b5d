package com.caresupport.gateway.linq.wire;

/**
 * One part of an outgoing message: {@code text} (value), {@code link} (value) or {@code media} (exactly one
 * of url or attachment id).
 */
public record Part(String type, String value, String url, String attachmentId) {

    public static Part text(String value) {
        return new Part("text", value, null, null);
    }

    public static Part mediaUrl(String url) {
        return new Part("media", null, url, null);
    }

    public static Part attachment(String attachmentId) {
        return new Part("media", null, null, attachmentId);
    }
}
