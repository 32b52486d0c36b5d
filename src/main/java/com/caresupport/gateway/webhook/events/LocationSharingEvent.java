package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code location.sharing.started}, {@code location.sharing.stopped}: a contact began or ended sharing their
 * location (no event carries coordinates; read them from the chat's location). The SDK publishes no payload type;
 * {@code shared_by} is named in its docs (an Apple ID email when shared from the Find My app), all fields optional.
 */
public record LocationSharingEvent(Envelope envelope, Data data) implements LinqEvent {

    /** Who shares, in which chat. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(String chatId, String sharedBy, String handle) {
    }
}
