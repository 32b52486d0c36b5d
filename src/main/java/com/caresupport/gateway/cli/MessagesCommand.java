package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessageView;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code messages --chat-id [--limit] [--cursor]}; {@code messages get|edit|delete --message-id} for one message. */
@Command(name = "messages", description = "List a chat's messages, newest first; or get, edit or delete one.",
        subcommands = { MessagesCommand.Get.class, MessagesCommand.Edit.class, MessagesCommand.Delete.class })
public class MessagesCommand extends Verb {

    // Not required=true: picocli would then demand it of the get/edit/delete subcommands too.
    @Option(names = "--chat-id", description = "The chat to read (required to list).")
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
        if (chatId == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--chat-id'");
        }
        MessageList messages = messaging.getMessages(chatId, limit, cursor);
        return output.table(spec, json, messages, messages.messages(),
                List.of("MESSAGE ID", "DIRECTION", "STATUS", "FROM", "TEXT"),
                m -> List.of(m.messageId(), String.valueOf(m.direction()), String.valueOf(m.deliveryStatus()),
                        String.valueOf(m.from()), m.text() == null ? "" : m.text()),
                "No messages.");
    }

    static String line(MessageView m) {
        return m.messageId() + "  " + m.deliveryStatus() + "  " + (m.text() == null ? "" : m.text());
    }

    /** {@code messages get --message-id}. */
    @Command(name = "get", description = "Show one message as Linq stores it.")
    public static class Get extends Verb {

        @Option(names = "--message-id", required = true, description = "The message.")
        String messageId;

        private final MessagingService messaging;
        private final Output output;

        Get(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            MessageView message = messaging.getMessage(messageId);
            return output.print(spec, json, message, line(message));
        }
    }

    /** {@code messages edit --message-id --text [--part-index]}. */
    @Command(name = "edit", description = "Edit a text part (at most 5 edits, within 15 minutes of sending).")
    public static class Edit extends Verb {

        @Option(names = "--message-id", required = true, description = "The message.")
        String messageId;

        @Option(names = "--text", required = true, description = "The new text.")
        String text;

        @Option(names = "--part-index", description = "The text part to edit (default 0).")
        Integer partIndex;

        private final MessagingService messaging;
        private final Output output;

        Edit(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            MessageView message = messaging.editMessage(messageId, text, partIndex);
            return output.print(spec, json, message, line(message));
        }
    }

    /** {@code messages delete --message-id}. */
    @Command(name = "delete", description = "Delete Linq's stored copy (recipients keep the message).")
    public static class Delete extends Verb {

        @Option(names = "--message-id", required = true, description = "The message.")
        String messageId;

        private final MessagingService messaging;
        private final Output output;

        Delete(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = messaging.deleteMessage(messageId);
            return output.print(spec, json, result, "Message deleted: " + messageId);
        }
    }
}
