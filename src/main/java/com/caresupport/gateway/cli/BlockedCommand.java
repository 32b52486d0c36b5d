package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.BlockSpec;
import com.caresupport.gateway.messaging.BlockedHandleList;
import com.caresupport.gateway.messaging.BlockedHandlesService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blocked list|add|remove}: Linq's blocklist. */
@Command(name = "blocked", description = "List, add or remove blocked handles.",
        subcommands = { BlockedCommand.ListBlocked.class, BlockedCommand.Add.class, BlockedCommand.Remove.class })
public class BlockedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    static int table(Output output, CommandSpec spec, Output.JsonFlag json, BlockedHandleList list) {
        return output.table(spec, json, list, list.blockedHandles(), List.of("HANDLE", "BLOCKED AT", "REASON"),
                h -> List.of(h.handle(), h.blockedAt(), h.reason()), "No blocked handles.");
    }

    /** {@code blocked list}. */
    @Command(name = "list", description = "List blocked handles.")
    public static class ListBlocked extends Verb {

        private final BlockedHandlesService blocked;
        private final Output output;

        ListBlocked(BlockedHandlesService blocked, Output output) {
            this.blocked = blocked;
            this.output = output;
        }

        @Override
        public Integer call() {
            return table(output, spec, json, blocked.list());
        }
    }

    /** {@code blocked add HANDLE [--reason]}. */
    @Command(name = "add", description = "Block a handle.")
    public static class Add extends Verb {

        @Parameters(index = "0", paramLabel = "HANDLE", description = "E.164 number, email, short code or sender id.")
        String handle;

        @Option(names = "--reason", description = "A note on why.")
        String reason;

        private final BlockedHandlesService blocked;
        private final Output output;

        Add(BlockedHandlesService blocked, Output output) {
            this.blocked = blocked;
            this.output = output;
        }

        @Override
        public Integer call() {
            return table(output, spec, json, blocked.block(new BlockSpec(handle, reason)));
        }
    }

    /** {@code blocked remove HANDLE}. */
    @Command(name = "remove", description = "Unblock a handle.")
    public static class Remove extends Verb {

        @Parameters(index = "0", paramLabel = "HANDLE", description = "The blocked handle.")
        String handle;

        private final BlockedHandlesService blocked;
        private final Output output;

        Remove(BlockedHandlesService blocked, Output output) {
            this.blocked = blocked;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = blocked.unblock(handle);
            return output.print(spec, json, result, "Unblocked " + handle);
        }
    }
}
