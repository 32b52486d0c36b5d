package com.caresupport.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run builds the verb it names and no other; help and bare options still see every verb. */
@QuarkusTest
class LinqCliTest {

    @Inject
    CommandLine.IFactory factory;

    @Inject
    InProcessCli cli;

    @Test
    void eachVerbIsBuiltAloneWithItsOwnVerbs() {
        for (Class<?> verb : LinqCli.VERBS) {
            String name = verb.getAnnotation(Command.class).name();
            if (name.equals("help")) {
                continue;
            }
            CommandLine line = LinqCli.commandLine(factory, name, "--json");
            assertEquals(Set.of(name), line.getSubcommands().keySet(), name);
            CommandLine all = LinqCli.commandLine(factory).getSubcommands().get(name);
            assertEquals(all.getSubcommands().keySet(), line.getSubcommands().get(name).getSubcommands().keySet(), name);
        }
    }

    @Test
    void helpOptionsAndNoVerbGetEveryVerb() {
        int verbs = LinqCli.VERBS.size();
        for (List<String> args : List.of(List.<String>of(), List.of("help"), List.of("help", "send"), List.of("--help"),
                List.of("-h"), List.of("--version"), List.of("no-such-verb"))) {
            assertEquals(verbs, LinqCli.commandLine(factory, args.toArray(String[]::new)).getSubcommands().size(),
                    String.join(" ", args));
        }
    }

    @Test
    void helpStillListsAndExplainsTheVerbs() {
        InProcessCli.Run usage = cli.run("--help");
        assertEquals(0, usage.exit(), usage.err());
        for (Class<?> verb : LinqCli.VERBS) {
            String name = verb.getAnnotation(Command.class).name();
            assertTrue(usage.out().contains(name), name + " missing from linq --help");
        }
        InProcessCli.Run send = cli.run("help", "send");
        assertEquals(0, send.exit(), send.err());
        assertTrue(send.out().contains("--chat-id"), send.out());
        InProcessCli.Run phones = cli.run("phones", "--help");
        assertEquals(0, phones.exit(), phones.err());
        assertTrue(phones.out().contains("--json"), phones.out());
    }

    /** The one-line errors say "see 'linq <verb> --help'": every verb and sub-verb must answer it, flags missing or not. */
    @Test
    void everyVerbAndSubverbAnswersHelp() {
        for (List<String> verb : List.of(List.of("send"), List.of("chats"), List.of("chats", "rename"),
                List.of("payments", "requests", "create"), List.of("phones"))) {
            for (String option : List.of("--help", "-h")) {
                List<String> args = new java.util.ArrayList<>(verb);
                args.add(option);
                InProcessCli.Run run = cli.run(args.toArray(String[]::new));
                assertEquals(0, run.exit(), args + ": " + run.err());
                assertTrue(run.out().startsWith("Usage: linq " + String.join(" ", verb)), args + ": " + run.out());
                assertTrue(run.out().contains("Exit codes:"), args + ": " + run.out());
            }
        }
    }

    @Test
    void aMistypedSubverbIsRefusedAsBadFlags() {
        InProcessCli.Run run = cli.run("chats", "no-such-action");
        assertEquals(CliErrors.INVALID, run.exit(), run.out());
    }
}
