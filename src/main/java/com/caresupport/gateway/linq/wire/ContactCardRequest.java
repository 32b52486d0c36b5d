package com.caresupport.gateway.linq.wire;

/** Body of {@code POST /v3/contact_card} (all fields) and {@code PATCH} (no phone number: it goes in the query). */
public record ContactCardRequest(String phoneNumber, String firstName, String lastName, String imageUrl) {
}
