package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessageThreads;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code thread --message-id [--limit] [--cursor] [--order]}. */
@Command(name = "thread", description = "List the thread a message belongs to, oldest first.")
public class ThreadCommand extends Verb {

    @Option(names = "--message-id", required = true, description = "Any message of the thread.")
    String messageId;

    @Option(names = "--limit", description = "Messages per page (1-100).")
    Integer limit;

    @Option(names = "--cursor", description = "next_cursor of the previous page.")
    String cursor;

    @Option(names = "--order", description = "asc (oldest first, default) or desc.")
    String order;

    private final MessageThreads threads;
    private final Output output;

    ThreadCommand(MessageThreads threads, Output output) {
        this.threads = threads;
        this.output = output;
    }

    @Override
    public Integer call() {
        MessageList messages = threads.thread(messageId, limit, cursor, order);
        return output.table(spec, json, messages, messages.messages(),
                List.of("MESSAGE ID", "DIRECTION", "FROM", "TEXT"),
                m -> List.of(m.messageId(), String.valueOf(m.direction()), String.valueOf(m.from()),
                        m.text() == null ? "" : m.text()),
                "No messages.");
    }
}
