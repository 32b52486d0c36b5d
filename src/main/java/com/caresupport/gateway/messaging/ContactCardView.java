package com.caresupport.gateway.messaging;

import java.util.List;

/** Contact cards of the account's lines; {@code active} says whether a card is applied to the device. */
public record ContactCardView(boolean success, List<Card> contactCards) {

    /** One line's card. */
    public record Card(String phoneNumber, String firstName, String lastName, String imageUrl, boolean active) {
    }
}
