package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;
import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.payments.CardHandoff;
import com.caresupport.gateway.payments.HandleConnection;
import com.caresupport.gateway.payments.PaymentAdministration;
import com.caresupport.gateway.payments.PaymentRequestList;
import com.caresupport.gateway.payments.PaymentRequestSpec;
import com.caresupport.gateway.payments.PaymentRequestView;
import com.caresupport.gateway.payments.PaymentSpec;
import com.caresupport.gateway.payments.PaymentView;
import com.caresupport.gateway.payments.ProviderConnectSpec;
import com.caresupport.gateway.payments.ProviderView;
import com.caresupport.gateway.payments.VerifySpec;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code payments get|cancel|credentials|create}, {@code payments requests list|get|cancel|create},
 * {@code payments provider get|connect}, {@code payments handle connect|status|revoke|verify}. The two
 * {@code create} verbs reach a person, so they go through the send path (stored, opt-out checked, deduplicated).
 * Flags are the internal API's field names.
 */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = "Payments administration: payment requests, providers, customer connections, agent payments.",
        subcommands = { PaymentsCommand.Get.class, PaymentsCommand.Cancel.class, PaymentsCommand.Credentials.class,
                PaymentsCommand.Requests.class, PaymentsCommand.Provider.class, PaymentsCommand.Handle.class,
                PaymentsCommand.Create.class })
public class PaymentsCommand extends Verb {

    @Override
    public Integer call() {
        return usage();
    }

    static String describe(PaymentView p) {
        return "Payment " + (p.paymentId() == null ? "(no id yet)" : p.paymentId()) + " for " + p.handle() + ": "
                + p.status() + (p.amountCents() == null ? "" : ", " + p.amountCents() + " " + p.currency() + " cents");
    }

    static String describe(PaymentRequestView r) {
        return "Payment request " + r.paymentRequestId() + ": " + r.status() + ", " + r.amount() + " " + r.currency()
                + " (minor units)";
    }

    static String describe(HandleConnection c) {
        return c.handle() + ": " + c.status() + (c.connectId() == null ? "" : " (connect_id " + c.connectId() + ")");
    }

    /** Base of the verbs that take a payment id. */
    abstract static class PaymentVerb extends Verb {

        @Option(names = { "--payment-id", "--id" }, required = true, description = "The payment's id.")
        String paymentId;

        final PaymentAdministration payments;
        final Output output;

        PaymentVerb(PaymentAdministration payments, Output output) {
            this.payments = payments;
            this.output = output;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show an agent payment.")
    public static class Get extends PaymentVerb {

        Get(PaymentAdministration payments, Output output) {
            super(payments, output);
        }

        @Override
        public Integer call() {
            PaymentView payment = payments.getPayment(paymentId);
            return output.print(spec, json, payment, describe(payment));
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Close an agent payment's virtual card and cancel the payment.")
    public static class Cancel extends PaymentVerb {

        Cancel(PaymentAdministration payments, Output output) {
            super(payments, output);
        }

        @Override
        public Integer call() {
            PaymentView payment = payments.cancelPayment(paymentId);
            return output.print(spec, json, payment, describe(payment));
        }
    }

    /** Hides the bearer token unless {@code --show-token} asks for it, in text and in {@code --json} alike. */
    @Command(name = "credentials", mixinStandardHelpOptions = true,
            description = "Show a ready payment's card handoff (provider, fetch URL); the token only with --show-token.")
    public static class Credentials extends PaymentVerb {

        @Option(names = "--show-token",
                description = "Also print the short-lived bearer user_token (a secret: it fetches the card).")
        boolean showToken;

        Credentials(PaymentAdministration payments, Output output) {
            super(payments, output);
        }

        @Override
        public Integer call() {
            CardHandoff handoff = payments.cardHandoff(paymentId);
            CardHandoff shown = showToken ? handoff : handoff.withoutToken();
            return output.print(spec, json, shown, "Card " + handoff.cardRef() + " at " + handoff.provider()
                    + ": fetch from " + handoff.fetchUrl() + "\nUser token: "
                    + (showToken ? handoff.userToken() : "hidden (--show-token prints it; it is a secret)"));
        }
    }

    /** {@code payments requests list|get|cancel}. */
    @Command(name = "requests", mixinStandardHelpOptions = true,
            description = "Payment requests: list, get, cancel, create.",
            subcommands = { Requests.ListRequests.class, Requests.GetRequest.class, Requests.CancelRequest.class,
                    Requests.CreateRequest.class })
    public static class Requests extends Verb {

        @Override
        public Integer call() {
            return usage();
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List payment requests, newest first.")
        public static class ListRequests extends Verb {

            @Option(names = "--status", description = "requested, authorized, succeeded, canceled, expired or declined.")
            String status;

            @Option(names = "--limit", description = "At most this many (1-100, default 20).")
            Integer limit;

            @Option(names = "--offset", description = "Skip this many.")
            Integer offset;

            private final PaymentAdministration payments;
            private final Output output;

            ListRequests(PaymentAdministration payments, Output output) {
                this.payments = payments;
                this.output = output;
            }

            @Override
            public Integer call() {
                PaymentRequestList list = payments.listPaymentRequests(limit, offset, status);
                return output.table(spec, json, list, list.paymentRequests(),
                        List.of("ID", "STATUS", "AMOUNT", "CURRENCY", "CREATED"),
                        (PaymentRequestView r) -> List.of(r.paymentRequestId(), r.status(), String.valueOf(r.amount()),
                                String.valueOf(r.currency()), String.valueOf(r.createdAt())),
                        "No payment requests.");
            }
        }

        /** Base of the verbs that take a payment request id. */
        abstract static class RequestVerb extends Verb {

            @Option(names = { "--payment-request-id", "--id" }, required = true, description = "The payment request's id.")
            String paymentRequestId;

            final PaymentAdministration payments;
            final Output output;

            RequestVerb(PaymentAdministration payments, Output output) {
                this.payments = payments;
                this.output = output;
            }
        }

        @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a payment request.")
        public static class GetRequest extends RequestVerb {

            GetRequest(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                PaymentRequestView request = payments.getPaymentRequest(paymentRequestId);
                return output.print(spec, json, request, describe(request));
            }
        }

        @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an unpaid payment request.")
        public static class CancelRequest extends RequestVerb {

            CancelRequest(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                PaymentRequestView request = payments.cancelPaymentRequest(paymentRequestId);
                return output.print(spec, json, request, describe(request));
            }
        }

        /** {@code payments requests create --chat-id --amount --currency ...}: through the send path. */
        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Create a payment request for a person (opt-out checked, stored, deduplicated).")
        public static class CreateRequest extends Verb {

            @Option(names = "--chat-id", description = "The chat the checkout link goes to (unless --payer-handle).")
            String chatId;

            @Option(names = "--amount", description = "In minor units (cents); payment mode.")
            Long amount;

            @Option(names = "--currency", description = "ISO 4217, lowercase (usd); payment mode.")
            String currency;

            @Option(names = "--customer-id", description = "An existing Stripe customer (cus_...).")
            String customerId;

            @Option(names = "--description", description = "Shown to the payer at checkout.")
            String description;

            @Option(names = "--from", description = "The line it is sent from (E.164); natural rail.")
            String from;

            @Option(names = "--payer-handle", description = "The payer (E.164); natural rail.")
            String payerHandle;

            @Option(names = "--price-id", description = "A recurring Stripe price (price_...); subscription mode.")
            String priceId;

            @Option(names = "--quantity", description = "Units of the price; subscription mode.")
            Long quantity;

            @Option(names = "--trial-end", description = "End of a free trial (ISO date-time); subscription mode.")
            String trialEnd;

            @Option(names = "--trial-period-days", description = "Days of free trial; subscription mode.")
            Long trialPeriodDays;

            @Option(names = "--metadata", description = "key=value, repeatable.")
            Map<String, String> metadata;

            @Option(names = "--mode", description = "payment (default) or subscription.")
            String mode;

            @Option(names = "--rail", description = "stripe (default) or natural.")
            String rail;

            @Option(names = "--idempotency-key", description = "Makes a retried create safe.")
            String idempotencyKey;

            private final Outbox outbox;
            private final Output output;

            CreateRequest(Outbox outbox, Output output) {
                this.outbox = outbox;
                this.output = output;
            }

            @Override
            public Integer call() {
                Accepted created = outbox.acceptPaymentRequest(new PaymentRequestSpec(chatId, amount, currency,
                        customerId, description, from, payerHandle, priceId, quantity, trialEnd, trialPeriodDays,
                        metadata, mode, rail), idempotencyKey);
                return output.sent(spec, json, created, "Payment request created: " + created.linqMessageId()
                        + " (payments requests get --id " + created.linqMessageId() + " for its checkout_url)");
            }
        }
    }

    /** {@code payments create --handle --amount-cents --currency ...}: through the send path. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create (or advance) an agent payment for a connected customer (opt-out checked, stored).")
    public static class Create extends Verb {

        @Option(names = "--handle", required = true, description = "The customer (E.164 or email).")
        String handle;

        @Option(names = "--amount-cents", required = true, description = "The amount, in cents.")
        Long amountCents;

        @Option(names = "--currency", required = true, description = "ISO 4217, lowercase (usd).")
        String currency;

        @Option(names = "--description", description = "What the agent buys.")
        String description;

        @Option(names = "--merchant-name", description = "Where the agent buys.")
        String merchantName;

        @Option(names = "--merchant-url", description = "The merchant's https URL.")
        String merchantUrl;

        @Option(names = "--metadata", description = "key=value, repeatable.")
        Map<String, String> metadata;

        @Option(names = "--idempotency-key", description = "Makes a retried create safe; a new key advances the flow.")
        String idempotencyKey;

        private final Outbox outbox;
        private final Output output;

        Create(Outbox outbox, Output output) {
            this.outbox = outbox;
            this.output = output;
        }

        @Override
        public Integer call() {
            PaymentSpec.Merchant merchant = merchantName == null && merchantUrl == null ? null
                    : new PaymentSpec.Merchant(merchantName, merchantUrl);
            Accepted created = outbox.acceptPayment(new PaymentSpec(amountCents, currency, handle, description, merchant,
                    metadata), idempotencyKey);
            return output.sent(spec, json, created, created.linqMessageId() == null
                    ? "Payment accepted by Linq, no card minted yet (payments handle status --handle " + handle + ")"
                    : "Payment created: " + created.linqMessageId() + " (payments get --id " + created.linqMessageId() + ")");
        }
    }

    /** {@code payments provider get|connect --provider}. */
    @Command(name = "provider", mixinStandardHelpOptions = true, description = "The organization's payment providers.",
            subcommands = { Provider.GetProvider.class, Provider.Connect.class })
    public static class Provider extends Verb {

        @Override
        public Integer call() {
            return usage();
        }

        @Command(name = "get", mixinStandardHelpOptions = true, description = "Show the onboarding status with a provider.")
        public static class GetProvider extends Verb {

            @Option(names = "--provider", required = true, description = "The provider, e.g. agentcard.")
            String provider;

            private final PaymentAdministration payments;
            private final Output output;

            GetProvider(PaymentAdministration payments, Output output) {
                this.payments = payments;
                this.output = output;
            }

            @Override
            public Integer call() {
                ProviderView view = payments.getProvider(provider);
                return output.print(spec, json, view, view.provider() + ": " + view.status());
            }
        }

        @Command(name = "connect", mixinStandardHelpOptions = true,
                description = "Start connecting to a provider; prints the URL where an admin authorizes it.")
        public static class Connect extends Verb {

            @Option(names = "--provider", required = true, description = "The provider, e.g. agentcard.")
            String provider;

            @Option(names = "--return-url", required = true, description = "Where the admin lands afterwards (https).")
            String returnUrl;

            private final PaymentAdministration payments;
            private final Output output;

            Connect(PaymentAdministration payments, Output output) {
                this.payments = payments;
                this.output = output;
            }

            @Override
            public Integer call() {
                ProviderView view = payments.connectProvider(provider, new ProviderConnectSpec(returnUrl));
                return output.print(spec, json, view, view.provider() + ": " + view.status()
                        + "\nAuthorize at: " + view.hostedUrl());
            }
        }
    }

    /** {@code payments handle connect|status|revoke|verify --handle}. */
    @Command(name = "handle", mixinStandardHelpOptions = true,
            description = "Customer connections for agent payments.",
            subcommands = { Handle.Connect.class, Handle.Status.class, Handle.Revoke.class, Handle.Verify.class })
    public static class Handle extends Verb {

        @Override
        public Integer call() {
            return usage();
        }

        /** Base of the verbs that take a customer handle. */
        abstract static class HandleVerb extends Verb {

            @Option(names = "--handle", required = true, description = "The customer: E.164 number or email.")
            String handle;

            final PaymentAdministration payments;
            final Output output;

            HandleVerb(PaymentAdministration payments, Output output) {
                this.payments = payments;
                this.output = output;
            }
        }

        @Command(name = "connect", mixinStandardHelpOptions = true,
                description = "Start connecting a customer: Linq texts them a code (refused if they replied STOP).")
        public static class Connect extends HandleVerb {

            Connect(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                HandleConnection c = payments.connectHandle(handle);
                return output.print(spec, json, c, describe(c));
            }
        }

        @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a customer's connection.")
        public static class Status extends HandleVerb {

            Status(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                HandleConnection c = payments.getConnection(handle);
                return output.print(spec, json, c, describe(c));
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true,
                description = "Revoke this organization's grant for a customer.")
        public static class Revoke extends HandleVerb {

            Revoke(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                HandleConnection c = payments.revokeConnection(handle);
                return output.print(spec, json, c, describe(c));
            }
        }

        @Command(name = "verify", mixinStandardHelpOptions = true,
                description = "Complete a connection with the code the customer received.")
        public static class Verify extends HandleVerb {

            @Option(names = "--code", required = true, description = "The one-time code.")
            String code;

            @Option(names = "--connect-id", required = true, description = "The connect_id that connect printed.")
            String connectId;

            Verify(PaymentAdministration payments, Output output) {
                super(payments, output);
            }

            @Override
            public Integer call() {
                HandleConnection c = payments.verifyHandle(handle, new VerifySpec(code, connectId));
                return output.print(spec, json, c, describe(c));
            }
        }
    }
}
