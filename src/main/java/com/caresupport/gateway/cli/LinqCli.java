package com.caresupport.gateway.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The older client's command line, on the packaged gateway: the same verbs and flags, so runbooks keep
 * working. Every verb goes through the messaging service and its validation and fault-tolerance policies;
 * {@code send} and {@code create} go through the gateway's send path, so their messages are stored like the API's.
 * The standard options are inherited, so that every verb and sub-verb answers {@code --help} (which the one-line
 * errors point to) and lists the exit codes.
 */
@Command(name = "linq", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "linq-gateway",
        description = "Talk to Linq through the gateway's messaging service.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:anything else",
            "2:bad flags, invalid input, or a recipient who replied STOP", "3:Linq refused the request",
            "4:Linq unavailable (nothing was sent)",
            "5:send, create and the other sends (poll, location request, update-card): Linq unavailable; the message"
                    + " is stored and the gateway delivers it later"})
public class LinqCli {

    /** Every verb, in the order {@code linq --help} lists them. */
    public static final List<Class<?>> VERBS = List.of(CreateCommand.class, SendCommand.class,
            ListChatsCommand.class, MessagesCommand.class, PhonesCommand.class, TypingCommand.class, ReadCommand.class,
            ReactCommand.class, WebhooksCommand.class, CapabilityCommand.class, CommandLine.HelpCommand.class,
            ChatsCommand.class, ThreadCommand.class, AttachmentsCommand.class, ContactCardCommand.class,
            BlockedCommand.class, VoiceMemoCommand.class, ParticipantsCommand.class, NumbersCommand.class,
            PaymentsCommand.class, PollCommand.class, LocationCommand.class, ExperiencesCommand.class);

    private static final String HELP = "help";

    /** The command line with every verb. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(LinqCli.class, factory);
        VERBS.forEach(verb -> cli.addSubcommand(new CommandLine(verb, factory)));
        return cli;
    }

    /**
     * The command line that runs {@code args}: with the verb they name and none of the others, whose picocli models
     * (some 80 commands, each reflected on and made by CDI) would otherwise be built on every run for nothing.
     * Help, an option before any verb, or no verb at all get every verb, since their usage lists them.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        if (args.length == 0 || args[0].equals(HELP)) {
            return commandLine(factory);
        }
        for (Class<?> verb : VERBS) {
            if (verb.getAnnotation(Command.class).name().equals(args[0])) {
                return new CommandLine(LinqCli.class, factory).addSubcommand(new CommandLine(verb, factory));
            }
        }
        return commandLine(factory);
    }
}
