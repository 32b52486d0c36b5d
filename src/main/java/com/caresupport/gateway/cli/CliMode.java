package com.caresupport.gateway.cli;

import java.util.List;
import java.util.Set;

/**
 * Whether this process was started to run a CLI verb. Decided from the process's own command line, before
 * Quarkus reads its configuration, so that a verb never opens the HTTP port or starts background jobs and
 * can run beside a gateway server on the same machine.
 */
public final class CliMode {

    /** The verbs of {@link LinqCli}; the first program argument names one of them in CLI mode. */
    public static final Set<String> VERBS = Set.of("create", "send", "list-chats", "phones", "typing", "react",
            "webhooks", "messages", "read", "capability", "help", "--help", "-h", "--version", "-V");

    private CliMode() {
    }

    public static boolean active() {
        List<String> arguments = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        return firstProgramArgument(arguments).map(VERBS::contains).orElse(false);
    }

    /** The first argument after {@code -jar <jar>} or the main class, skipping JVM options. */
    static java.util.Optional<String> firstProgramArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-jar")) {
                return i + 2 < arguments.size() ? java.util.Optional.of(arguments.get(i + 2)) : java.util.Optional.empty();
            }
        }
        // A native executable has no JVM options: its first argument is the verb.
        return arguments.isEmpty() || arguments.get(0).startsWith("-") && !VERBS.contains(arguments.get(0))
                ? java.util.Optional.empty() : java.util.Optional.of(arguments.get(0));
    }
}
