package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.DirectMessage;
import com.caresupport.gateway.messaging.NewMessage;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code send --chat-id|--to... --body [--service] [--effect] [--reply-to] [--media-url]}. With {@code --to}
 * (repeatable) Linq finds the recipients' chat or opens one ({@code POST /v3/messages}).
 */
@Command(name = "send", description = {"Send a message to an existing chat (--chat-id), or to recipients by"
                + " handle (--to, repeatable) whose chat Linq finds or opens.",
        "The message is stored and followed like one sent through the API (GET /api/messages/{id} with the"
                + " gateway id printed); a recipient who replied STOP is not reached."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Linq took the message", "1:anything else",
            "2:bad flags, invalid input, or a recipient who replied STOP", "3:Linq refused the message",
            "5:queued: Linq is unavailable; the message is stored and the gateway delivers it later"})
public class SendCommand extends Verb {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Exactly one of a chat or its recipients. */
    static class Target {
        @Option(names = "--chat-id", required = true, description = "The chat to send to.")
        String chatId;

        @Option(names = "--to", required = true,
                description = "A recipient (E.164 or email); repeat for a group. Links are allowed.")
        List<String> to;
    }

    @Option(names = "--body", required = true, description = "Message text.")
    String body;

    @Option(names = "--service", description = "iMessage, RCS or SMS; leave out for automatic fallback.")
    String service;

    @Option(names = "--effect", description = "Screen effect name, e.g. fireworks (or bubble:slam).")
    String effect;

    @Option(names = "--reply-to", description = "Message id to reply to (threaded reply).")
    String replyTo;

    @Option(names = "--media-url", description = "Public https URL of a file to attach (up to 10 MB).")
    String mediaUrl;

    @Option(names = "--attachment-id", description = "Pre-uploaded attachment to send (up to 100 MB).")
    String attachmentId;

    @Option(names = "--idempotency-key",
            description = "Key that makes a retried send safe: a repeat prints the first send's outcome.")
    String idempotencyKey;

    private final Outbox outbox;
    private final Output output;

    SendCommand(Outbox outbox, Output output) {
        this.outbox = outbox;
        this.output = output;
    }

    @Override
    public Integer call() {
        Accepted sent = target.to != null
                ? outbox.acceptDirect(new DirectMessage(target.to, body, service, CreateCommand.Effects.parse(effect),
                        mediaUrl, attachmentId, null), idempotencyKey)
                : outbox.acceptMessage(target.chatId, new NewMessage(body, service,
                        CreateCommand.Effects.parse(effect), replyTo, mediaUrl, attachmentId), idempotencyKey);
        return output.sent(spec, json, sent, "Message sent: " + sent.linqMessageId() + " via " + sent.service() + " ("
                + sent.deliveryStatus() + "), gateway id " + sent.messageId());
    }
}
