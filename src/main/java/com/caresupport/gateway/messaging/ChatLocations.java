package com.caresupport.gateway.messaging;

import java.util.List;

/** The last location each participant shares in a chat (empty when nobody shares). */
public record ChatLocations(boolean success, String chatId, List<SharedLocation> locations) {

    /** One participant's location; latitude and longitude in degrees. */
    public record SharedLocation(String handle, Double latitude, Double longitude, String address, String locality,
            String updatedAt) {
    }
}
