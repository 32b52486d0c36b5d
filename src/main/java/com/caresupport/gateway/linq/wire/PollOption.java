package com.caresupport.gateway.linq.wire;

/** One option's text, as poll creation and {@code POST /v3/messages/{messageId}/poll/options} take it. */
public record PollOption(String text) {
}
