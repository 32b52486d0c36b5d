package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.ReactionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code react --message-id --type [--emoji] [--remove]}. */
@Command(name = "react", description = "Add (or with --remove, remove) a tapback on a message.")
public class ReactCommand extends Verb {

    @Option(names = "--message-id", required = true, description = "The message.")
    String messageId;

    @Option(names = "--type", required = true,
            description = "love, like, dislike, laugh, emphasize, question or custom.")
    String type;

    @Option(names = "--emoji", description = "The emoji of a custom reaction.")
    String emoji;

    @Option(names = "--part-index", description = "Part of the message to react to (default 0).")
    Integer partIndex;

    @Option(names = "--remove", description = "Remove the reaction instead.")
    boolean remove;

    private final MessagingService messaging;
    private final Output output;

    ReactCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        ReactionSpec reaction = new ReactionSpec(type, emoji, partIndex);
        ActionResult result = remove ? messaging.removeReaction(messageId, reaction)
                : messaging.addReaction(messageId, reaction);
        return output.print(spec, json, result, (remove ? "Removed " : "Added ") + type + " on " + messageId);
    }
}
