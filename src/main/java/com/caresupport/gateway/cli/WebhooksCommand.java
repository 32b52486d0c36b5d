package com.caresupport.gateway.cli;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.SubscriptionCreated;
import com.caresupport.gateway.messaging.SubscriptionList;
import com.caresupport.gateway.messaging.SubscriptionChange;
import com.caresupport.gateway.messaging.SubscriptionSpec;
import com.caresupport.gateway.messaging.SubscriptionView;
import com.caresupport.gateway.messaging.WebhookAdministration;
import com.caresupport.gateway.messaging.WebhookEventTypeList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code webhooks} lists subscriptions; {@code webhooks create --url --events}; {@code webhooks delete --id}. */
@Command(name = "webhooks", description = "List webhook subscriptions, or create and delete them.",
        subcommands = { WebhooksCommand.Create.class, WebhooksCommand.Delete.class, WebhooksCommand.Get.class,
                WebhooksCommand.Update.class, WebhooksCommand.Events.class })
public class WebhooksCommand extends Verb {

    private final MessagingService messaging;
    private final Output output;

    WebhooksCommand(MessagingService messaging, Output output) {
        this.messaging = messaging;
        this.output = output;
    }

    @Override
    public Integer call() {
        SubscriptionList list = messaging.listWebhookSubscriptions();
        return output.table(spec, json, list, list.subscriptions(), List.of("ID", "ACTIVE", "URL", "EVENTS"),
                s -> List.of(s.subscriptionId(), s.active() ? "yes" : "no", s.targetUrl(),
                        String.join(",", s.events() == null ? List.of() : s.events())),
                "No webhook subscriptions.");
    }

    /** {@code webhooks create --url --events [--version]}. */
    @Command(name = "create", description = "Subscribe a URL to events; prints the signing secret once.")
    public static class Create extends Verb {

        @Option(names = "--url", required = true, description = "https URL that receives the events.")
        String url;

        @Option(names = "--events", required = true, split = ",",
                description = "Comma-separated event types, e.g. message.received,message.delivered.")
        List<String> events;

        @Option(names = "--version", description = "Payload version (default 2026-02-03).")
        String version;

        private final MessagingService messaging;
        private final Output output;

        Create(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            SubscriptionCreated created = messaging.createWebhookSubscription(new SubscriptionSpec(url, events, version));
            // A subscription to this gateway's own receiver keeps its secret server-side (only the gateway may sign
            // in its name); any other target gets Linq's secret, once, for whoever runs that endpoint.
            String secret = created.signingSecret() == null
                    ? "kept by the gateway, which verifies this subscription's deliveries with it"
                    : created.signingSecret() + " (shown once, keep it safe; the gateway does not trust it)";
            return output.print(spec, json, created, "Subscription created: " + created.subscriptionId()
                    + "\nSigning secret: " + secret);
        }
    }

    /** {@code webhooks delete --id}. */
    @Command(name = "delete", description = "Delete a webhook subscription.")
    public static class Delete extends Verb {

        @Option(names = "--id", required = true, description = "Subscription id.")
        String id;

        private final MessagingService messaging;
        private final Output output;

        Delete(MessagingService messaging, Output output) {
            this.messaging = messaging;
            this.output = output;
        }

        @Override
        public Integer call() {
            ActionResult result = messaging.deleteWebhookSubscription(id);
            return output.print(spec, json, result, "Subscription deleted: " + id);
        }
    }

    static String line(SubscriptionView s) {
        return s.subscriptionId() + "  " + (s.active() ? "active" : "inactive") + "  " + s.targetUrl() + "  "
                + String.join(",", s.events() == null ? List.of() : s.events());
    }

    /** {@code webhooks get --id}: never shows a signing secret (Linq returns one only on creation). */
    @Command(name = "get", description = "Show one webhook subscription.")
    public static class Get extends Verb {

        @Option(names = "--id", required = true, description = "Subscription id.")
        String id;

        private final WebhookAdministration webhooks;
        private final Output output;

        Get(WebhookAdministration webhooks, Output output) {
            this.webhooks = webhooks;
            this.output = output;
        }

        @Override
        public Integer call() {
            SubscriptionView view = webhooks.get(id);
            return output.print(spec, json, view, line(view));
        }
    }

    /** {@code webhooks update --id [--url] [--version] [--events] [--phones] [--active]}. */
    @Command(name = "update", description = "Change a subscription's target, events, line filter or active flag.")
    public static class Update extends Verb {

        @Option(names = "--id", required = true, description = "Subscription id.")
        String id;

        @Option(names = "--url", description = "New https target URL.")
        String url;

        @Option(names = "--version", description = "Payload version pinned on the new URL (default 2026-02-03).")
        String version;

        @Option(names = "--events", split = ",", description = "Comma-separated event types (replaces the list).")
        List<String> events;

        @Option(names = "--phones", split = ",", description = "Comma-separated E.164 lines to filter on.")
        List<String> phones;

        @Option(names = "--active", arity = "1", description = "true or false.")
        Boolean active;

        private final WebhookAdministration webhooks;
        private final Output output;

        Update(WebhookAdministration webhooks, Output output) {
            this.webhooks = webhooks;
            this.output = output;
        }

        @Override
        public Integer call() {
            SubscriptionView view = webhooks.update(id, new SubscriptionChange(url, version, events, phones, active));
            return output.print(spec, json, view, "Subscription updated: " + line(view));
        }
    }

    /** {@code webhooks events}: the event types Linq offers. */
    @Command(name = "events", description = "List the webhook event types Linq offers.")
    public static class Events extends Verb {

        private final WebhookAdministration webhooks;
        private final Output output;

        Events(WebhookAdministration webhooks, Output output) {
            this.webhooks = webhooks;
            this.output = output;
        }

        @Override
        public Integer call() {
            WebhookEventTypeList types = webhooks.eventTypes();
            return output.print(spec, json, types, String.join("\n", types.events()));
        }
    }
}
