package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code messages --chat-id [--limit] [--cursor]}. */
@Command(name = "messages", description = "List a chat's messages, newest first.")
public class MessagesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Output.JsonFlag json;

    @Option(names = "--chat-id", required = true, description = "The chat to read.")
    String chatId;

    @Option(names = "--limit", description = "Messages per page (1-100).")
    Integer limit;

    @Option(names = "--cursor", description = "next_cursor of the previous page.")
    String cursor;

    private final MessagingService messaging;
    private final Output output;

    MessagesCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        MessageList messages = messaging.getMessages(chatId, limit, cursor);
        return output.table(spec, json, messages, messages.messages(),
                List.of("MESSAGE ID", "DIRECTION", "STATUS", "FROM", "TEXT"),
                m -> List.of(m.messageId(), String.valueOf(m.direction()), String.valueOf(m.deliveryStatus()),
                        String.valueOf(m.from()), m.text() == null ? "" : m.text()),
                "No messages.");
    }
}
