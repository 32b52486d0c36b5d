package com.caresupport.gateway.linq.wire;

import java.util.Map;

/**
 * {@code POST /v3/messages/{messageId}/update}: replaces an app card's layout, URL and fallback text. No
 * idempotency key: each call sends the recipient a new version of the card.
 */
public record AppCardUpdateRequest(Layout layout, String fallbackText, Boolean interactive, String url,
        ExperienceAction experience) {

    /** The card's visible layout; at least one caption or the image must be set. */
    public record Layout(String caption, String subcaption, String trailingCaption, String trailingSubcaption,
            String imageUrl, String imageTitle, String imageSubtitle) {
    }

    /** An experience action that composes the card instead of {@code url}. */
    public record ExperienceAction(String name, String action, Map<String, Object> params) {
    }
}
