package com.caresupport.gateway.cli;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Optional;
import picocli.CommandLine;
import sun.misc.Signal;

/**
 * One artifact, two ways to run: with no arguments it is the gateway server; with a verb
 * ({@code send --chat-id ... --body ...}) it runs that one command and exits with its status.
 */
@QuarkusMain
public class GatewayMain implements QuarkusApplication {

    /** H2's {@code h2.bindAddress}: where the database's shared-mode TCP server listens. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    /** H2's default {@code QUERY_CACHE_SIZE}: how many parsed statements each connection keeps. */
    static final String H2_QUERY_CACHE_SIZE = "h2.queryCacheSize";

    @Inject
    CommandLine.IFactory factory;

    @Inject
    CliErrors errors;

    public static void main(String... args) {
        // The default H2 URL opens the database in shared mode (AUTO_SERVER), so that CLI verbs can use it beside a
        // running server; H2's TCP server for that would listen on every interface. Only this machine needs it.
        // Set before any H2 class is loaded, which reads it once; an operator's own -Dh2.bindAddress wins.
        System.getProperties().putIfAbsent(H2_BIND_ADDRESS, "127.0.0.1");
        // H2 keeps 8 parsed statements per connection; one send's transaction alone runs more distinct ones, so
        // under load the outbox's writer parsed nearly every statement again. A database URL's own
        // QUERY_CACHE_SIZE, or an operator's -Dh2.queryCacheSize, wins.
        System.getProperties().putIfAbsent(H2_QUERY_CACHE_SIZE, "128");
        // A signal from here on waits for the start to end (a migration is never cut); run() takes it up.
        StartupSignals.hold();
        Quarkus.run(GatewayMain.class, args);
    }

    @Override
    public int run(String... args) {
        Optional<Signal> signalled = StartupSignals.release();
        if (args.length == 0) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                OrderlyStop.onSignals();
                signalled.ifPresent(signal -> Quarkus.asyncExit(128 + signal.getNumber()));
            }
            Quarkus.waitForExit();
            return 0;
        }
        if (signalled.isPresent()) {
            return 128 + signalled.get().getNumber();
        }
        return LinqCli.commandLine(factory, args)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .execute(args);
    }
}
