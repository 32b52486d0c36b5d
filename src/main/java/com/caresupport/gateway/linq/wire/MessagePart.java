package com.caresupport.gateway.linq.wire;

/** One part of a message Linq returns: text or link ({@code value}) or media (id, file facts, url). */
public record MessagePart(String type, String value, String id, String filename, String mimeType, Long sizeBytes,
        String url) {
}
