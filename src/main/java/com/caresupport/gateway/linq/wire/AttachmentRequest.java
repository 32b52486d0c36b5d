package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/attachments}: announces an upload of exactly {@code sizeBytes} bytes. */
public record AttachmentRequest(String filename, String contentType, long sizeBytes) {
}
