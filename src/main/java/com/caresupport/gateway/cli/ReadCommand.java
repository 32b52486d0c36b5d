package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code read --chat-id}. */
@Command(name = "read", description = "Mark every message in a chat read.")
public class ReadCommand extends Verb {

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
