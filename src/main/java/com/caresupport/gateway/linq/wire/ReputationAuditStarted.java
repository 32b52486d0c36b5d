package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/phone_numbers/{phoneNumber}/reputation_audit}: poll the audit by its id. */
public record ReputationAuditStarted(String auditId, String status) {
}
