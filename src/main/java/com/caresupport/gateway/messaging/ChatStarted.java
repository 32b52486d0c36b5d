package com.caresupport.gateway.messaging;

import java.util.List;

/** Fired when the gateway created a chat, so the member directory can learn who is in it. */
public record ChatStarted(String chatId, List<String> recipients, boolean group) {
}
