package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.AppCardSpec;
import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessageView;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code messages --chat-id [--limit] [--cursor]}; {@code messages get|edit|delete --message-id} for one message;
 * {@code messages update-card --message-id} for a new version of an app card.
 */
@Command(name = "messages", description = "List a chat's messages, newest first; or get, edit or delete one, or "
        + "update an app card.", subcommands = { MessagesCommand.Get.class, MessagesCommand.Edit.class,
            MessagesCommand.Delete.class, MessagesCommand.UpdateCard.class })
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

    /**
     * {@code messages update-card --message-id --caption ... [--url | --experience --action --param k=v]}: goes
     * through the send path like the API's (stored, opt-out checked). Linq cannot deduplicate an update, so after an
     * unclear failure it is recorded as failed, never repeated.
     */
    @Command(name = "update-card", description = {"Replace an app card's layout and where a tap leads (the card must"
                + " be one the line sent, and delivered). Linq shows the new version as a new message.",
            "The update is stored and followed like one sent through the API; a chat with a member who replied STOP"
                + " is not reached."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Linq took the update", "1:anything else",
                "2:bad flags, invalid input, or a member who replied STOP", "3:Linq refused the update",
                "5:queued: Linq is unavailable; the update is stored and the gateway delivers it later"})
    public static class UpdateCard extends Verb {

        @Option(names = "--message-id", required = true, description = "The app card's Linq message id.")
        String messageId;

        @Option(names = "--caption", description = "Primary label, top left.")
        String caption;

        @Option(names = "--subcaption", description = "Label below the caption.")
        String subcaption;

        @Option(names = "--trailing-caption", description = "Label top right.")
        String trailingCaption;

        @Option(names = "--trailing-subcaption", description = "Label below the trailing caption.")
        String trailingSubcaption;

        @Option(names = "--image-url", description = "Public https URL of the card's image.")
        String imageUrl;

        @Option(names = "--image-title", description = "Bold text over the image (needs --image-url).")
        String imageTitle;

        @Option(names = "--image-subtitle", description = "Text below the image title (needs --image-url).")
        String imageSubtitle;

        @Option(names = "--fallback-text", description = "Text where the card cannot show (default: the caption).")
        String fallbackText;

        @Option(names = "--static", description = "Always show the static layout, even to people with the app.")
        boolean staticCard;

        @Option(names = "--url", description = "https URL a tap opens.")
        String url;

        @Option(names = "--experience", description = "An experience composing the card (see 'experiences').")
        String experience;

        @Option(names = "--action", description = "The experience's action.")
        String action;

        @Option(names = "--param", description = "An experience field, name=value; repeat for more.")
        Map<String, String> params;

        @Option(names = "--idempotency-key", description = "A repeat prints the first update's outcome.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        UpdateCard(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            if (Stream.of(caption, subcaption, trailingCaption, trailingSubcaption, imageUrl).allMatch(v -> v == null)) {
                throw new ParameterException(spec.commandLine(), "Missing a layout: give at least one of --caption, "
                        + "--subcaption, --trailing-caption, --trailing-subcaption or --image-url");
            }
            if (experience == null && (action != null || params != null)) {
                throw new ParameterException(spec.commandLine(), "--action and --param need --experience");
            }
            if (experience != null && action == null) {
                throw new ParameterException(spec.commandLine(), "--experience needs --action");
            }
            AppCardSpec.Experience composed = experience == null ? null : new AppCardSpec.Experience(experience, action,
                    params == null ? null : new LinkedHashMap<String, Object>(params));
            AppCardSpec card = new AppCardSpec(new AppCardSpec.Layout(caption, subcaption, trailingCaption,
                    trailingSubcaption, imageUrl, imageTitle, imageSubtitle), fallbackText, staticCard ? false : null,
                    url, composed);
            Accepted sent = outbox.acceptAppCardUpdate(messageId, card, idempotencyKey);
            return output.sent(spec, json, sent, "Card updated: " + sent.linqMessageId() + " (" + sent.deliveryStatus()
                    + "), gateway id " + sent.messageId());
        }
    }
}
