package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * {@code GET /v3/phone_numbers/{phoneNumber}/reputation_audit/{auditId}}: {@code status} is pending, complete
 * (with {@code report}) or error (with {@code error}).
 */
public record ReputationAudit(String auditId, String status, String error, String generatedAt, String phone,
        Report report) {

    /** {@code severity} HEALTHY, AT_RISK or CRITICAL; {@code primaryDriver} is "" when nothing needs doing. */
    public record Report(List<ActionItem> actionItems, List<Driver> drivers, Evidence evidence, String primaryDriver,
            String severity, String summaryMarkdown) {
    }

    /** {@code expectedImpact} high, medium or low; priority 1 is done first. */
    public record ActionItem(String detail, String expectedImpact, Long priority, String title) {
    }

    /** What drags the line down, e.g. volume_spike or opt_out_handling. */
    public record Driver(String key, String metric, String summary) {
    }

    public record Evidence(List<OptOutChat> optOutChats, List<UnhealthyChat> unhealthyChats) {
    }

    public record OptOutChat(String chatId, Long messagesAfterStop) {
    }

    /** {@code status} AT_RISK, CRITICAL or OPTED_OUT. */
    public record UnhealthyChat(String chatId, List<String> driverKeys, String status) {
    }
}
