package com.caresupport.gateway.linq.wire;

import java.util.Map;

/** A pre-upload slot: PUT the bytes to {@code uploadUrl} with every header of {@code requiredHeaders}. */
public record AttachmentUpload(String attachmentId, String uploadUrl, String expiresAt, String httpMethod,
        Map<String, String> requiredHeaders, String downloadUrl) {
}
