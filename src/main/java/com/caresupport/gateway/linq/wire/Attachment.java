package com.caresupport.gateway.linq.wire;

/** An uploaded file's metadata; {@code status} is pending, complete or failed. */
public record Attachment(String id, String filename, String contentType, Long sizeBytes, String status,
        String createdAt, String downloadUrl) {
}
