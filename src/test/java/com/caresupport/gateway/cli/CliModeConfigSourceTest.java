package com.caresupport.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/**
 * What a CLI run switches off, decided from the command line alone: verbs that only call Linq start without
 * the database (no Hibernate ORM, no Flyway, no connection pool); verbs that store something keep it.
 */
class CliModeConfigSourceTest {

    private static final List<String> DATABASE_SWITCHES = List.of("quarkus.datasource.active",
            "quarkus.hibernate-orm.active", "quarkus.flyway.active");

    private static CliModeConfigSource run(String... programArguments) {
        List<String> arguments = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-jar", "quarkus-run.jar"));
        arguments.addAll(List.of(programArguments));
        return new CliModeConfigSource(arguments);
    }

    @ParameterizedTest
    @ValueSource(strings = { "phones", "capability", "list-chats", "messages", "typing", "read", "react", "webhooks",
            "--help", "help" })
    void verbsThatOnlyCallLinqStartWithoutTheDatabase(String verb) {
        CliModeConfigSource source = run(verb, "--json");
        for (String key : DATABASE_SWITCHES) {
            assertEquals("false", source.getValue(key), verb + " should set " + key + "=false");
        }
        assertEquals("false", source.getValue("quarkus.http.host-enabled"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "send", "create" })
    void verbsThatStoreMessagesKeepTheDatabase(String verb) {
        CliModeConfigSource source = run(verb, "--body", "Hi");
        DATABASE_SWITCHES.forEach(key -> assertNull(source.getValue(key), verb + " must not set " + key));
        assertEquals("false", source.getValue("quarkus.http.host-enabled"), "still no HTTP port");
    }

    @Test
    void creatingOrDeletingAWebhookSubscriptionKeepsTheDatabaseForItsSigningSecret() {
        DATABASE_SWITCHES.forEach(key -> assertNull(run("webhooks", "create", "--url", "https://h/w").getValue(key)));
        DATABASE_SWITCHES.forEach(key -> assertNull(run("webhooks", "delete", "--id", "s1").getValue(key)));
        assertEquals("false", run("webhooks", "--json").getValue("quarkus.datasource.active"));
    }

    @Test
    void connectingAPaymentCustomerKeepsTheDatabaseForTheOptOutCheck() {
        DATABASE_SWITCHES.forEach(key -> assertNull(run("payments", "handle", "connect", "--handle", "+15551230001")
                .getValue(key)));
        assertEquals("false", run("payments", "handle", "status", "--handle", "+15551230001")
                .getValue("quarkus.datasource.active"));
        assertEquals("false", run("numbers", "list").getValue("quarkus.datasource.active"));
        assertEquals("false", run("payments", "credentials", "--id", "p1").getValue("quarkus.datasource.active"));
    }

    @Test
    void creatingAPaymentOrAPaymentRequestKeepsTheDatabaseForTheSendPath() {
        DATABASE_SWITCHES.forEach(key -> assertNull(run("payments", "create", "--handle", "+15551230001")
                .getValue(key)));
        DATABASE_SWITCHES.forEach(key -> assertNull(run("payments", "requests", "create", "--chat-id", "c1")
                .getValue(key)));
        assertEquals("false", run("payments", "requests", "list").getValue("quarkus.datasource.active"));
    }

    @Test
    void sendsAimedAtAChatOrAMessageKeepTheDatabaseAndTheirReadsDoNot() {
        for (String[] send : List.of(new String[] { "poll", "create", "--chat-id", "c1" },
                new String[] { "poll", "vote", "--message-id", "m1" }, new String[] { "location", "request" },
                new String[] { "messages", "update-card", "--message-id", "m1" })) {
            CliModeConfigSource source = run(send);
            DATABASE_SWITCHES.forEach(key -> assertNull(source.getValue(key), String.join(" ", send) + " sets " + key));
            assertEquals("false", source.getValue("quarkus.http.host-enabled"), String.join(" ", send));
        }
        for (String[] read : List.of(new String[] { "poll", "show", "--message-id", "m1" },
                new String[] { "experiences", "list" }, new String[] { "chats", "location", "--chat-id", "c1" },
                new String[] { "chats", "background", "remove", "--chat-id", "c1" })) {
            CliModeConfigSource source = run(read);
            assertEquals("false", source.getValue("quarkus.datasource.active"), String.join(" ", read));
            assertEquals("false", source.getValue("quarkus.http.host-enabled"), String.join(" ", read));
        }
    }

    /** A verb missing from {@link CliMode#VERBS} would start the whole server (HTTP port, outbox worker, poller). */
    @Test
    void everyTopLevelVerbRunsInCliMode() {
        for (Class<?> verb : LinqCli.VERBS) {
            String name = verb.getAnnotation(Command.class).name();
            assertTrue(CliMode.VERBS.contains(name), name + " is not in CliMode.VERBS");
            assertEquals("false", run(name, "--help").getValue("quarkus.http.host-enabled"), name);
        }
    }

    @Test
    void theServerChangesNothing() {
        assertTrue(new CliModeConfigSource(List.of("-Xmx256m", "-jar", "quarkus-run.jar")).getProperties().isEmpty());
    }
}
