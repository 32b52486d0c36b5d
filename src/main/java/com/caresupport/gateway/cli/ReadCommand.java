package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code read --chat-id}. */
@Command(name = "read", description = "Mark every message in a chat read.")
public class ReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Output.JsonFlag json;

    @Option(names = "--chat-id", required = true, description = "The chat.")
    String chatId;

    private final MessagingService messaging;
    private final Output output;

    ReadCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        ActionResult result = messaging.markAsRead(chatId);
        return output.print(spec, json, result, "Marked read: " + chatId);
    }
}
