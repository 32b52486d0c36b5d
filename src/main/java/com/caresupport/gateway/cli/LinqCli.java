package com.caresupport.gateway.cli;

import picocli.CommandLine.Command;

/**
 * The older client's command line, on the packaged gateway: the same verbs and flags, so runbooks keep
 * working. Every verb goes through the messaging service and its validation and fault-tolerance policies.
 */
@Command(name = "linq", mixinStandardHelpOptions = true, version = "linq-gateway",
        description = "Talk to Linq through the gateway's messaging service.",
        subcommands = { CreateCommand.class, SendCommand.class, ListChatsCommand.class, MessagesCommand.class,
                PhonesCommand.class, TypingCommand.class, ReadCommand.class, ReactCommand.class,
                WebhooksCommand.class, CapabilityCommand.class, picocli.CommandLine.HelpCommand.class,
                ChatsCommand.class, ThreadCommand.class, AttachmentsCommand.class, ContactCardCommand.class,
                BlockedCommand.class, VoiceMemoCommand.class, ParticipantsCommand.class, NumbersCommand.class,
                PaymentsCommand.class })
public class LinqCli {
}
