package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code typing --chat-id [--stop]}. */
@Command(name = "typing", description = "Start (or with --stop, stop) the typing indicator in a 1:1 chat.")
public class TypingCommand extends Verb {

    @Option(names = "--chat-id", required = true, description = "The chat.")
    String chatId;

    @Option(names = "--stop", description = "Stop the indicator instead.")
    boolean stop;

    private final MessagingService messaging;
    private final Output output;

    TypingCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        ActionResult result = stop ? messaging.stopTyping(chatId) : messaging.startTyping(chatId);
        return output.print(spec, json, result, (stop ? "Typing stopped in " : "Typing started in ") + chatId);
    }
}
