package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.MessageThreads;
import com.caresupport.gateway.messaging.PollOptionsSpec;
import com.caresupport.gateway.messaging.PollSpec;
import com.caresupport.gateway.messaging.PollView;
import com.caresupport.gateway.messaging.PollVoteSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code poll create|add-option|vote}: polls go through the send path (stored, opt-out checked, deduplicated);
 * {@code poll show} reads a poll's results.
 */
@Command(name = "poll", description = "Start a poll in a chat, add options to one, vote in one, or show its results.",
        subcommands = { PollCommand.Create.class, PollCommand.AddOption.class, PollCommand.Vote.class,
            PollCommand.Show.class })
public class PollCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    /** {@code poll create --chat-id --option A --option B}. */
    @Command(name = "create", description = "Start a poll (iMessage chats only).")
    public static class Create extends Verb {

        @Option(names = "--chat-id", required = true, description = "The chat to poll.")
        String chatId;

        @Option(names = "--option", required = true, description = "An option's text; give at least two.")
        List<String> options;

        @Option(names = "--idempotency-key", description = "Makes a retried poll safe.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        Create(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            Accepted sent = outbox.acceptPoll(chatId, new PollSpec(options), idempotencyKey);
            return output.sent(spec, json, sent, "Poll started: " + sent.linqMessageId() + " ("
                    + sent.deliveryStatus() + "), gateway id " + sent.messageId());
        }
    }

    /** {@code poll add-option --message-id --option C}. */
    @Command(name = "add-option", description = "Add options to a poll (not repeated after an unclear failure).")
    public static class AddOption extends Verb {

        @Option(names = "--message-id", required = true, description = "The poll's Linq message id.")
        String messageId;

        @Option(names = "--option", required = true, description = "An option's text; repeat for more.")
        List<String> options;

        @Option(names = "--idempotency-key", description = "A repeat prints the first request's outcome.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        AddOption(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            Accepted sent = outbox.acceptPollOptions(messageId, new PollOptionsSpec(options), idempotencyKey);
            return output.sent(spec, json, sent, "Options added (" + sent.deliveryStatus() + "), gateway id "
                    + sent.messageId());
        }
    }

    /** {@code poll vote --message-id --option-id [--remove]}. */
    @Command(name = "vote", description = "Vote for a poll option, or take the vote back with --remove.")
    public static class Vote extends Verb {

        @Option(names = "--message-id", required = true, description = "The poll's Linq message id.")
        String messageId;

        @Option(names = "--option-id", required = true, description = "The option's id.")
        String optionId;

        @Option(names = "--remove", description = "Take the vote back.")
        boolean remove;

        @Option(names = "--idempotency-key", description = "A repeat prints the first request's outcome.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        Vote(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            Accepted sent = outbox.acceptVote(messageId, new PollVoteSpec(remove ? "remove" : "add", optionId),
                    idempotencyKey);
            return output.sent(spec, json, sent, "Vote " + (remove ? "removed" : "added") + " ("
                    + sent.deliveryStatus() + "), gateway id " + sent.messageId());
        }
    }

    /** {@code poll show --message-id}. */
    @Command(name = "show", description = "Show a poll's options, their ids and votes, and how many people voted.")
    public static class Show extends Verb {

        @Option(names = "--message-id", required = true, description = "The poll's Linq message id.")
        String messageId;

        private final MessageThreads threads;
        private final Output output;

        Show(MessageThreads threads, Output output) {
            this.threads = threads;
            this.output = output;
        }

        @Override
        public Integer call() {
            PollView poll = threads.poll(messageId);
            StringBuilder text = new StringBuilder("Poll " + poll.messageId() + ": " + poll.totalVoters()
                    + (poll.totalVoters() == 1 ? " voter" : " voters"));
            for (PollView.Option option : poll.options()) {
                text.append(System.lineSeparator()).append(option.optionId()).append("  ").append(option.votes().size())
                        .append(option.votes().size() == 1 ? " vote   " : " votes  ").append(option.text());
            }
            return output.print(spec, json, poll, text.toString());
        }
    }
}
