package com.caresupport.gateway.messaging;

import java.util.Map;

/**
 * Where to upload a file: PUT the raw bytes to {@code uploadUrl} with every one of {@code requiredHeaders},
 * before {@code expiresAt} (15 minutes), then send {@code attachmentId} in a message or voice memo.
 */
public record AttachmentSlot(boolean success, String attachmentId, String uploadUrl, String expiresAt,
        String httpMethod, Map<String, String> requiredHeaders, String downloadUrl) {
}
