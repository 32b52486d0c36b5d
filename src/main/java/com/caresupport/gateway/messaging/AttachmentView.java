package com.caresupport.gateway.messaging;

/** An uploaded file: {@code status} is pending (not uploaded yet), complete or failed. */
public record AttachmentView(boolean success, String attachmentId, String filename, String contentType,
        Long sizeBytes, String status, String createdAt, String downloadUrl) {
}
