package com.caresupport.gateway.messaging;

/** A voice memo Linq accepted. */
public record VoiceMemoSent(boolean success, String voiceMemoId, String status, String service) {
}
