package com.caresupport.gateway.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether this process was started to run a CLI verb. Decided from the process's own command line, before
 * Quarkus reads its configuration, so that a verb never opens the HTTP port or starts background jobs and
 * can run beside a gateway server on the same machine.
 */
public final class CliMode {

    /** The verbs of {@link LinqCli}; the first program argument names one of them in CLI mode. */
    public static final Set<String> VERBS = Set.of("create", "send", "list-chats", "phones", "typing", "react",
            "webhooks", "messages", "read", "capability", "help", "--help", "-h", "--version", "-V", "chats", "thread",
            "attachments", "contact-card", "blocked", "voice-memo", "participants", "numbers", "payments", "poll",
            "location", "experiences");

    private static final Set<String> DATABASE_WEBHOOK_ACTIONS = Set.of("create", "delete", "update");

    private CliMode() {
    }

    public static boolean active() {
        return active(processArguments());
    }

    static boolean active(List<String> arguments) {
        return firstProgramArgument(arguments).map(VERBS::contains).orElse(false);
    }

    /**
     * Whether the verb stores something: a send or a new chat (message and outbox row), or a webhook
     * subscription made, removed or retargeted (its signing secret), or anything that reaches a person (the
     * opt-out guard reads the database). Every other verb only calls Linq, so it starts
     * without the database.
     */
    static boolean needsDatabase(List<String> arguments) {
        List<String> program = programArguments(arguments);
        if (program.isEmpty()) {
            return true;
        }
        return switch (program.get(0)) {
            case "send", "create" -> true;
            // The opt-out registry and the chat members the guard checks live in the database.
            case "voice-memo", "participants" -> true;
            // Polls, votes, location requests and app-card updates go through the send path, which stores them.
            case "poll" -> !(program.size() > 1 && program.get(1).equals("show"));
            case "location" -> true;
            case "messages" -> program.size() > 1 && program.get(1).equals("update-card");
            case "contact-card" -> program.size() > 1 && program.get(1).equals("share");
            case "webhooks" -> program.size() > 1 && DATABASE_WEBHOOK_ACTIONS.contains(program.get(1));
            // Linq texts the customer a code: the opt-out registry must be asked first. Creating a payment or
            // a payment request goes through the send path, which stores it.
            case "payments" -> program.size() > 1 && program.get(1).equals("create")
                    || program.size() > 2 && (program.get(1).equals("handle") && program.get(2).equals("connect")
                            || program.get(1).equals("requests") && program.get(2).equals("create"));
            default -> false;
        };
    }

    static List<String> processArguments() {
        return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    }

    /** The first argument after {@code -jar <jar>} or the main class, skipping JVM options. */
    static Optional<String> firstProgramArgument(List<String> arguments) {
        return programArguments(arguments).stream().findFirst();
    }

    /** The arguments after {@code -jar <jar>}; for a native executable, all of them unless the first is an option. */
    private static List<String> programArguments(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        if (jar >= 0) {
            return jar + 2 < arguments.size() ? arguments.subList(jar + 2, arguments.size()) : List.of();
        }
        // A native executable has no JVM options: its first argument is the verb.
        return arguments.isEmpty() || arguments.get(0).startsWith("-") && !VERBS.contains(arguments.get(0))
                ? List.of() : arguments;
    }
}
