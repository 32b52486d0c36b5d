package com.caresupport.gateway.messaging;

/** Fired when Linq accepted the gateway's own adding or removing of a group participant. */
public record ParticipantChanged(String chatId, String handle, boolean added) {
}
