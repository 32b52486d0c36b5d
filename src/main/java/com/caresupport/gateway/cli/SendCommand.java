package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.NewMessage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code send --chat-id --body [--service] [--effect] [--reply-to] [--media-url]}. */
@Command(name = "send", description = {"Send a message to an existing chat.",
        "The message is stored and followed like one sent through the API (GET /api/messages/{id} with the"
                + " gateway id printed); a recipient who replied STOP is not reached."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Linq took the message", "1:anything else",
            "2:bad flags, invalid input, or a recipient who replied STOP", "3:Linq refused the message",
            "5:queued: Linq is unavailable; the message is stored and the gateway delivers it later"})
public class SendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Output.JsonFlag json;

    @Option(names = "--chat-id", required = true, description = "The chat to send to.")
    String chatId;

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
        Accepted sent = outbox.acceptMessage(chatId, new NewMessage(body, service,
                CreateCommand.Effects.parse(effect), replyTo, mediaUrl, attachmentId), idempotencyKey);
        return output.sent(spec, json, sent, "Message sent: " + sent.linqMessageId() + " via " + sent.service() + " ("
                + sent.deliveryStatus() + "), gateway id " + sent.messageId());
    }
}
