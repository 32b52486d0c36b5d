package com.caresupport.gateway.messaging;

/** Linq accepted a rename or icon change; members see it once their devices apply it. */
public record ChatUpdated(boolean success, String chatId, String status) {
}
