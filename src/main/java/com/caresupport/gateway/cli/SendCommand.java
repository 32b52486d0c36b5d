package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.MessageSent;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewMessage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code send --chat-id --body [--service] [--effect] [--reply-to] [--media-url]}. */
@Command(name = "send", description = "Send a message to an existing chat.")
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

    @Option(names = "--idempotency-key", description = "Key that makes a retried send safe.")
    String idempotencyKey;

    private final MessagingService messaging;
    private final Output output;

    SendCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        MessageSent sent = messaging.sendMessage(chatId, new NewMessage(body, service,
                CreateCommand.Effects.parse(effect), replyTo, mediaUrl, attachmentId), idempotencyKey);
        return output.print(spec, json, sent, "Message sent: " + sent.messageId() + " via " + sent.service() + " ("
                + sent.deliveryStatus() + ")");
    }
}
