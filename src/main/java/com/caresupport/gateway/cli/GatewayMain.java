package com.caresupport.gateway.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * One artifact, two ways to run: with no arguments it is the gateway server; with a verb
 * ({@code send --chat-id ... --body ...}) it runs that one command and exits with its status.
 */
@QuarkusMain
public class GatewayMain implements QuarkusApplication {

    @Inject
    CommandLine.IFactory factory;

    @Inject
    CliErrors errors;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return new CommandLine(LinqCli.class, factory)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .execute(args);
    }
}
