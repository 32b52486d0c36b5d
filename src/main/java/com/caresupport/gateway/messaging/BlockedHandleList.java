package com.caresupport.gateway.messaging;

import java.util.List;

/** Handles the account exchanges no messages with. */
public record BlockedHandleList(boolean success, List<Entry> blockedHandles) {

    /** One blocked handle, normalised by Linq, with the note given when it was blocked. */
    public record Entry(String handle, String reason, String blockedAt) {
    }
}
