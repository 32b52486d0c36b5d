package com.caresupport.gateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every verb shares: {@code --json}, and usage on stderr for a group called without its verb. */
abstract class Verb implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Output.JsonFlag json;

    /** A command group called without a verb: show its verbs, exit as for bad flags. */
    int usage() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }
}
