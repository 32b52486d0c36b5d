package com.caresupport.gateway.lines;

/** A reputation audit Linq started: poll it by {@code auditId} until {@code status} is complete or error. */
public record AuditStarted(boolean success, String phoneNumber, String auditId, String status) {
}
