package com.caresupport.gateway.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a caller may send to the internal API. */
@ConfigMapping(prefix = "gateway.api.limits")
public interface ApiLimits {

    /**
     * The largest request body {@code /api} accepts, in bytes ({@code GATEWAY_API_LIMITS_MAX_BODY_BYTES}). The
     * largest legitimate body, a 10,000-character message with its options, fits many times over; files go
     * to Linq's storage by presigned upload, never through the API.
     */
    @WithDefault("262144")
    long maxBodyBytes();
}
