package com.caresupport.gateway.linq.wire;

/** Makes a message a threaded reply to {@code messageId} (part 0 unless {@code partIndex} says otherwise). */
public record ReplyTo(String messageId, Integer partIndex) {
}
