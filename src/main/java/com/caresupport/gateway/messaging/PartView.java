package com.caresupport.gateway.messaging;

/** One part of a message: text or link ({@code value}) or media (attachment id, file name, type, URL). */
public record PartView(String type, String value, String attachmentId, String filename, String mimeType,
        Long sizeBytes, String url) {
}
