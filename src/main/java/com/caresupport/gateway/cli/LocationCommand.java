package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code location request --chat-id}: asks the chat's members to share their location, through the send path. */
@Command(name = "location", description = "Ask a chat's members to share their location.",
        subcommands = { LocationCommand.Request.class })
public class LocationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    /** {@code location request --chat-id}. */
    @Command(name = "request", description = "Send the request (refused when a member opted out).")
    public static class Request extends Verb {

        @Option(names = "--chat-id", required = true, description = "The chat to ask.")
        String chatId;

        @Option(names = "--idempotency-key", description = "A repeat prints the first request's outcome.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        Request(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            Accepted sent = outbox.acceptLocationRequest(chatId, idempotencyKey);
            return output.sent(spec, json, sent, "Location requested (" + sent.deliveryStatus() + "), gateway id "
                    + sent.messageId());
        }
    }
}
