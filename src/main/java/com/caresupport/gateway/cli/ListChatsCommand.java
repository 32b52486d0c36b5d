package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ChatList;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list-chats [--limit] [--cursor]}. */
@Command(name = "list-chats", description = "List chats, newest activity first.")
public class ListChatsCommand extends Verb {

    @Option(names = "--limit", description = "Chats per page (1-100, default 20).")
    Integer limit;

    @Option(names = "--cursor", description = "next_cursor of the previous page.")
    String cursor;

    @Option(names = "--from", description = "Only chats of this line (E.164).")
    String from;

    private final MessagingService messaging;
    private final Output output;

    ListChatsCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        ChatList chats = messaging.listChats(from, limit, cursor);
        int status = output.table(spec, json, chats, chats.chats(), List.of("CHAT ID", "SERVICE", "GROUP", "HANDLES"),
                c -> List.of(c.chatId(), String.valueOf(c.service()), c.isGroup() ? "yes" : "no",
                        String.join(", ", c.handles())), "No chats.");
        if (!json.enabled && chats.nextCursor() != null) {
            spec.commandLine().getOut().println("More: --cursor " + chats.nextCursor());
            spec.commandLine().getOut().flush();
        }
        return status;
    }
}
