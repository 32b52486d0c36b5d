package com.caresupport.gateway.cli;

import picocli.CommandLine.Command;

/**
 * The older client's command line, on the packaged gateway: the same verbs and flags, so runbooks keep
 * working. Every verb goes through the messaging service and its validation and fault-tolerance policies;
 * {@code send} and {@code create} go through the gateway's send path, so their messages are stored like the API's.
 */
@Command(name = "linq", mixinStandardHelpOptions = true, version = "linq-gateway",
        description = "Talk to Linq through the gateway's messaging service.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:anything else",
            "2:bad flags, invalid input, or a recipient who replied STOP", "3:Linq refused the request",
            "4:Linq unavailable (nothing was sent)",
            "5:send, create and the other sends (poll, location request, update-card): Linq unavailable; the message"
                    + " is stored and the gateway delivers it later"},
        subcommands = { CreateCommand.class, SendCommand.class, ListChatsCommand.class, MessagesCommand.class,
                PhonesCommand.class, TypingCommand.class, ReadCommand.class, ReactCommand.class,
                WebhooksCommand.class, CapabilityCommand.class, picocli.CommandLine.HelpCommand.class,
                ChatsCommand.class, ThreadCommand.class, AttachmentsCommand.class, ContactCardCommand.class,
                BlockedCommand.class, VoiceMemoCommand.class, ParticipantsCommand.class, NumbersCommand.class,
                PaymentsCommand.class, PollCommand.class, LocationCommand.class, ExperiencesCommand.class })
public class LinqCli {
}
