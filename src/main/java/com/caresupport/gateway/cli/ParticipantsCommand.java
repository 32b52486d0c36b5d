package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code participants add|remove --chat-id HANDLE}: a group chat's members; adding reaches a person (opt-out guard). */
@Command(name = "participants", description = "Add a participant to a group chat, or remove one.",
        subcommands = { ParticipantsCommand.Add.class, ParticipantsCommand.Remove.class })
public class ParticipantsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    /** {@code participants add --chat-id HANDLE}. */
    @Command(name = "add", description = "Add a participant (refused when they opted out).")
    public static class Add extends Verb {

        @Option(names = "--chat-id", required = true, description = "The group chat.")
        String chatId;

        @Parameters(index = "0", paramLabel = "HANDLE", description = "E.164 number or email address.")
        String handle;

        private final MessagingService messaging;
        private final Output output;

        Add(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = messaging.addParticipant(chatId, handle);
            return output.print(spec, json, result, "Added " + handle + " to " + chatId);
        }
    }

    /** {@code participants remove --chat-id HANDLE}. */
    @Command(name = "remove", description = "Remove a participant.")
    public static class Remove extends Verb {

        @Option(names = "--chat-id", required = true, description = "The group chat.")
        String chatId;

        @Parameters(index = "0", paramLabel = "HANDLE", description = "E.164 number or email address.")
        String handle;

        private final MessagingService messaging;
        private final Output output;

        Remove(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = messaging.removeParticipant(chatId, handle);
            return output.print(spec, json, result, "Removed " + handle + " from " + chatId);
        }
    }
}
