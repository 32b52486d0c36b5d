package com.caresupport.gateway.linq.wire;

/** A line's contact card; {@code isActive} says whether it was applied to the device. */
public record ContactCard(String phoneNumber, String firstName, String lastName, String imageUrl, Boolean isActive) {
}
