package com.caresupport.gateway.cli;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs a CLI verb in the test's own Quarkus application, through the same picocli wiring as the packaged gateway
 * (the CDI factory and {@link CliErrors} as both exception handlers), and keeps what it printed.
 */
@ApplicationScoped
public class InProcessCli {

    /** A verb's exit code and what it wrote to standard output and standard error. */
    public record Run(int exit, String out, String err) {
    }

    private final CommandLine.IFactory factory;
    private final CliErrors errors;

    InProcessCli(CommandLine.IFactory factory, CliErrors errors) {
        this.factory = factory;
        this.errors = errors;
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LinqCli.commandLine(factory, args).setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
