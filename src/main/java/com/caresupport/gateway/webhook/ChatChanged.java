package com.caresupport.gateway.webhook;

/** A chat created or changed ({@code chat.*}), or a participant added or removed ({@code participant.*}). */
public record ChatChanged(String eventId, String eventType, String chatId, String handle) {
}
