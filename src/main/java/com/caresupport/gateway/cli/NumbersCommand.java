package com.caresupport.gateway.cli;

import com.caresupport.gateway.lines.AuditStarted;
import com.caresupport.gateway.lines.AuditView;
import com.caresupport.gateway.lines.ForwardingSpec;
import com.caresupport.gateway.lines.LineUpdated;
import com.caresupport.gateway.lines.PhoneLines;
import com.caresupport.gateway.lines.SuggestedLine;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.PhoneNumberList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code numbers list|update|available} and {@code numbers audit create|get}: the account's lines. Flags are
 * the internal API's field names, so that an error naming a field names the flag too.
 */
@Command(name = "numbers", mixinStandardHelpOptions = true,
        description = "The account's lines: list, call forwarding, reputation audits, which line to send from.",
        subcommands = { NumbersCommand.ListLines.class, NumbersCommand.Update.class, NumbersCommand.Audit.class,
                NumbersCommand.Available.class })
public class NumbersCommand extends Verb {

    @Override
    public Integer call() {
        return usage();
    }

    /** {@code numbers list}: like {@code phones}, with each line's forwarding number. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the lines, their reputation and forwarding.")
    public static class ListLines extends Verb {

        private final MessagingService messaging;
        private final Output output;

        ListLines(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            PhoneNumberList lines = messaging.listPhoneNumbers();
            return output.table(spec, json, lines, lines.phoneNumbers(),
                    List.of("PHONE NUMBER", "REPUTATION", "FORWARDING", "ID"),
                    (PhoneNumberList.Line l) -> List.of(l.phoneNumber(), String.valueOf(l.reputation()),
                            l.forwardingNumber() == null ? "-" : l.forwardingNumber(), l.id()),
                    "No phone numbers.");
        }
    }

    /** {@code numbers update --phone-number-id (--forwarding-number | --clear)}. */
    @Command(name = "update", mixinStandardHelpOptions = true, description = "Set or clear a line's call forwarding number.")
    public static class Update extends Verb {

        @Option(names = { "--phone-number-id", "--id" }, required = true, description = "The line's id (numbers list).")
        String phoneNumberId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Forwarding forwarding;

        static class Forwarding {
            @Option(names = "--forwarding-number", description = "Forward inbound calls to this E.164 number.")
            String number;

            @Option(names = "--clear", description = "Stop forwarding calls.")
            boolean clear;
        }

        private final PhoneLines lines;
        private final Output output;

        Update(PhoneLines lines, Output output) {
            this.lines = lines;
            this.output = output;
        }

        @Override
        public Integer call() {
            LineUpdated updated = lines.updateForwarding(phoneNumberId,
                    new ForwardingSpec(forwarding.clear ? "" : forwarding.number));
            return output.print(spec, json, updated, updated.phoneNumber() + " forwards calls to "
                    + (updated.forwardingNumber() == null ? "nowhere" : updated.forwardingNumber()));
        }
    }

    /** {@code numbers audit create|get}. */
    @Command(name = "audit", mixinStandardHelpOptions = true, description = "Reputation audits of a line.",
            subcommands = { Audit.Create.class, Audit.Get.class })
    public static class Audit extends Verb {

        @Override
        public Integer call() {
            return usage();
        }

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Start a reputation audit of a line; prints the audit id to poll.")
        public static class Create extends Verb {

            @Option(names = { "--phone-number", "--phone" }, required = true, description = "The line, in E.164.")
            String phoneNumber;

            private final PhoneLines lines;
            private final Output output;

            Create(PhoneLines lines, Output output) {
                this.lines = lines;
                this.output = output;
            }

            @Override
            public Integer call() {
                AuditStarted started = lines.startAudit(phoneNumber);
                return output.print(spec, json, started, "Audit " + started.auditId() + " of " + phoneNumber + ": "
                        + started.status());
            }
        }

        @Command(name = "get", mixinStandardHelpOptions = true,
                description = "Show an audit: pending, or its report once complete.")
        public static class Get extends Verb {

            @Option(names = { "--phone-number", "--phone" }, required = true, description = "The line, in E.164.")
            String phoneNumber;

            @Option(names = { "--audit-id", "--id" }, required = true, description = "The audit id (audit create).")
            String auditId;

            private final PhoneLines lines;
            private final Output output;

            Get(PhoneLines lines, Output output) {
                this.lines = lines;
                this.output = output;
            }

            @Override
            public Integer call() {
                AuditView audit = lines.getAudit(phoneNumber, auditId);
                String line = "Audit " + audit.auditId() + " of " + audit.phoneNumber() + ": " + audit.status();
                if (audit.error() != null) {
                    line += " (" + audit.error() + ")";
                }
                if (audit.report() != null) {
                    line += "\nSeverity: " + audit.report().severity()
                            + (audit.report().summaryMarkdown() == null ? "" : "\n\n" + audit.report().summaryMarkdown());
                }
                return output.print(spec, json, audit, line.stripTrailing());
            }
        }
    }

    /** {@code numbers available [--to …] [--exclude-from …]}. */
    @Command(name = "available", mixinStandardHelpOptions = true, description = "Which line Linq would send from.")
    public static class Available extends Verb {

        @Option(names = "--to", split = ",", description = "Recipients (E.164 or email), comma-separated.")
        List<String> to;

        @Option(names = "--exclude-from", split = ",", description = "Lines (E.164) not to suggest, comma-separated.")
        List<String> excludeFrom;

        private final PhoneLines lines;
        private final Output output;

        Available(PhoneLines lines, Output output) {
            this.lines = lines;
            this.output = output;
        }

        @Override
        public Integer call() {
            SuggestedLine line = lines.availableNumber(to == null ? List.of() : to,
                    excludeFrom == null ? List.of() : excludeFrom);
            return output.print(spec, json, line, line.phoneNumber() + " (contact card: " + line.vcfUrl() + ")");
        }
    }
}

