package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code GET /v3/experiences}. */
public record Experiences(List<Experience> experiences) {
}
