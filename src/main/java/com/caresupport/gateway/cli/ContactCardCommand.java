package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.ContactCardChange;
import com.caresupport.gateway.messaging.ContactCardSpec;
import com.caresupport.gateway.messaging.ContactCardView;
import com.caresupport.gateway.messaging.ContactCards;
import com.caresupport.gateway.messaging.MessagingService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contact-card show|update|share}: the lines' contact cards, and sharing one in a chat. */
@Command(name = "contact-card", description = "Show, set up or change a line's contact card, or share it in a chat.",
        subcommands = { ContactCardCommand.Show.class, ContactCardCommand.Update.class, ContactCardCommand.Share.class })
public class ContactCardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.INVALID;
    }

    static int table(Output output, CommandSpec spec, Output.JsonFlag json, ContactCardView view) {
        return output.table(spec, json, view, view.contactCards(), List.of("LINE", "FIRST", "LAST", "ACTIVE", "IMAGE"),
                c -> List.of(c.phoneNumber(), c.firstName(), c.lastName(), c.active() ? "yes" : "no", c.imageUrl()),
                "No contact cards.");
    }

    /** {@code contact-card show [--phone]}. */
    @Command(name = "show", description = "Show the lines' contact cards.")
    public static class Show extends Verb {

        @Option(names = "--phone", description = "Only this line's card (E.164).")
        String phone;

        private final ContactCards cards;
        private final Output output;

        Show(ContactCards cards, Output output) {
            this.cards = cards;
            this.output = output;
        }

        @Override
        public Integer call() {
            return table(output, spec, json, cards.list(phone));
        }
    }

    /**
     * {@code contact-card update --phone [--first-name] [--last-name] [--image-url] [--create]}: changes the card,
     * or with {@code --create} sets one up (first name required).
     */
    @Command(name = "update", description = "Change a line's contact card (--create to set one up).")
    public static class Update extends Verb {

        @Option(names = "--phone", required = true, description = "The line (E.164).")
        String phone;

        @Option(names = "--first-name", description = "First name.")
        String firstName;

        @Option(names = "--last-name", description = "Last name.")
        String lastName;

        @Option(names = "--image-url", description = "https URL of the photo.")
        String imageUrl;

        @Option(names = "--create", description = "Set up a new card instead of changing the existing one.")
        boolean create;

        private final ContactCards cards;
        private final Output output;

        Update(ContactCards cards, Output output) {
            this.cards = cards;
            this.output = output;
        }

        @Override
        public Integer call() {
            ContactCardView view = create ? cards.create(new ContactCardSpec(phone, firstName, lastName, imageUrl))
                    : cards.update(phone, new ContactCardChange(firstName, lastName, imageUrl));
            return table(output, spec, json, view);
        }
    }

    /** {@code contact-card share --chat-id}: reaches the chat's members, so the opt-out guard checks it. */
    @Command(name = "share", description = "Share the line's contact card in a chat.")
    public static class Share extends Verb {

        @Option(names = "--chat-id", required = true, description = "The chat.")
        String chatId;

        private final MessagingService messaging;
        private final Output output;

        Share(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = messaging.shareContactCard(chatId);
            return output.print(spec, json, result, "Contact card shared in " + chatId);
        }
    }
}
