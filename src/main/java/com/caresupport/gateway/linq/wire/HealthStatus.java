package com.caresupport.gateway.linq.wire;

/** A chat's or line's health as Linq rates it (HEALTHY, AT_RISK, CRITICAL, OPTED_OUT). */
public record HealthStatus(String status, String updatedAt, String docUrl) {
}
