package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.VoiceMemoSent;
import com.caresupport.gateway.messaging.VoiceMemoSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code voice-memo --chat-id (--url | --attachment-id)}: reaches the chat's members, so the opt-out guard checks it. */
@Command(name = "voice-memo", description = "Send a voice memo by https URL or uploaded attachment id.")
public class VoiceMemoCommand extends Verb {

    @Option(names = "--chat-id", required = true, description = "The chat.")
    String chatId;

    @Option(names = "--url", description = "Public https URL of the audio.")
    String url;

    @Option(names = "--attachment-id", description = "Id of an uploaded attachment (see 'attachments upload').")
    String attachmentId;

    private final MessagingService messaging;
    private final Output output;

    VoiceMemoCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        VoiceMemoSent sent = messaging.sendVoiceMemo(chatId, new VoiceMemoSpec(url, attachmentId));
        return output.print(spec, json, sent, "Voice memo sent: " + sent.voiceMemoId() + " (" + sent.status() + ")");
    }
}
