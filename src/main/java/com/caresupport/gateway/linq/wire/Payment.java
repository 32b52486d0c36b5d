package com.caresupport.gateway.linq.wire;

/**
 * An agent payment ({@code /v3/payments}). Status needs_connection, connecting, awaiting_user_action, ready,
 * authorized, succeeded, declined, canceled or expired; {@code id} is set once a card is minted.
 */
public record Payment(String id, Long amountCents, String approvalUrl, String attachUrl, String currency,
        String description, String handle, String status) {
}
