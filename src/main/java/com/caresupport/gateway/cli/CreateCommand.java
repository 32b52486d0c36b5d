package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.EffectSpec;
import com.caresupport.gateway.messaging.NewChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create --to --body [--service] [--effect]}: a new chat and its first message. */
@Command(name = "create", description = {"Create a chat with a recipient and send the first message.",
        "The message is stored and followed like one sent through the API (GET /api/messages/{id} with the"
                + " gateway id printed); a recipient who replied STOP is not reached."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Linq created the chat", "1:anything else",
            "2:bad flags, invalid input, or a recipient who replied STOP", "3:Linq refused the request",
            "5:queued: Linq is unavailable; the message is stored and the gateway creates the chat later"})
public class CreateCommand extends Verb {

    @Option(names = "--to", required = true, description = "Recipient phone number, E.164 (e.g. +16517037981).")
    String to;

    @Option(names = "--body", required = true, description = "Text of the first message (no links).")
    String body;

    @Option(names = "--service", description = "iMessage, RCS or SMS; leave out for automatic fallback.")
    String service;

    @Option(names = "--effect", description = "Screen effect name, e.g. confetti (or bubble:slam).")
    String effect;

    @Option(names = "--from", description = "Sender line, E.164; defaults to LINQ_PHONE_NUMBER.")
    String from;

    @Option(names = "--idempotency-key",
            description = "Key that makes a retried create safe: a repeat prints the first create's outcome.")
    String idempotencyKey;

    private final Outbox outbox;
    private final Output output;

    CreateCommand(Outbox outbox, Output output) {
        this.outbox = outbox;
        this.output = output;
    }

    @Override
    public Integer call() {
        Accepted created = outbox.acceptChat(new NewChat(to, null, body, from, service, Effects.parse(effect)),
                idempotencyKey);
        return output.sent(spec, json, created, "Chat created: " + created.chatId() + " via " + created.service()
                + " (message " + created.linqMessageId() + ", " + created.deliveryStatus() + "), gateway id "
                + created.messageId());
    }

    /** Parses {@code --effect}: a screen effect name, or {@code type:name}. */
    static final class Effects {
        private Effects() {
        }

        static EffectSpec parse(String effect) {
            if (effect == null) {
                return null;
            }
            int colon = effect.indexOf(':');
            return colon < 0 ? new EffectSpec("screen", effect)
                    : new EffectSpec(effect.substring(0, colon), effect.substring(colon + 1));
        }
    }
}
