package com.caresupport.gateway.lines;

import com.caresupport.gateway.linq.wire.ReputationAudit;

/**
 * A reputation audit: {@code status} pending, complete (then {@code report}: severity, drivers, action items,
 * evidence, a markdown summary) or error (then {@code error}). The report is passed on as Linq wrote it: the
 * gateway adds nothing to it, and its vocabulary is Linq's documented one.
 */
public record AuditView(boolean success, String auditId, String phoneNumber, String status, String error,
        String generatedAt, ReputationAudit.Report report) {

    static AuditView from(String phoneNumber, ReputationAudit audit) {
        return new AuditView(true, audit.auditId(), audit.phone() != null ? audit.phone() : phoneNumber,
                audit.status(), audit.error(), audit.generatedAt(), audit.report());
    }
}
