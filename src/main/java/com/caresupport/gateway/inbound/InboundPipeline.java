package com.caresupport.gateway.inbound;

import com.caresupport.gateway.delivery.ChatRecord;
import com.caresupport.gateway.privacy.LogMask;
import com.caresupport.gateway.webhook.InboundMessage;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way in for inbound messages, from webhooks and from the poller alike. Each Linq message is
 * stored once (the unique Linq id decides), opt-out keywords are applied, the sender is matched to a
 * member, and the message is handed to the handler hook after the commit.
 */
@ApplicationScoped
public class InboundPipeline {

    private final OptOuts optOuts;
    private final MemberDirectory directory;
    private final Event<InboundHandling.Due> due;
    private final InboundHandling handling;
    private final TransactionSynchronizationRegistry transactions;

    InboundPipeline(OptOuts optOuts, MemberDirectory directory, Event<InboundHandling.Due> due, InboundHandling handling,
            TransactionSynchronizationRegistry transactions) {
        this.optOuts = optOuts;
        this.directory = directory;
        this.due = due;
        this.handling = handling;
        this.transactions = transactions;
    }

    void onWebhook(@Observes InboundMessage message) {
        accept(message);
    }

    /** Takes in a message a webhook brought (at its event's processing, or a keyword on receipt). */
    boolean accept(InboundMessage message) {
        return accept(new InboundCandidate(message.messageId(), message.chatId(), message.fromHandle(), message.text(),
                message.service(), message.group(), message.sentAt(), "webhook"));
    }

    /**
     * Takes in a message; returns false when it was seen before (by either path). In the caller's transaction
     * when there is one (webhook processing: the message then commits with the event's processed mark, and a
     * lost race on the unique Linq id fails that transaction, to be retried as a repeat); else in its own.
     */
    public boolean accept(InboundCandidate candidate) {
        if (candidate.linqMessageId() == null) {
            return false;
        }
        if (QuarkusTransaction.isActive()) {
            Optional<String> stored = record(candidate);
            if (stored.isPresent() && candidate.chatId() != null) {
                ChatRecord.remember(candidate.chatId(), candidate.fromHandle(), Boolean.TRUE.equals(candidate.group()),
                        candidate.service(), Instant.now());
            }
            stored.ifPresent(this::handOverAfterCommit);
            return stored.isPresent();
        }
        Optional<String> stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> record(candidate));
        } catch (RuntimeException e) {
            if (QuarkusTransaction.requiringNew().call(() -> known(candidate.linqMessageId()))) {
                return false;
            }
            throw e;
        }
        if (stored.isPresent() && candidate.chatId() != null) {
            rememberChat(candidate);
        }
        stored.ifPresent(this::handOver);
        return stored.isPresent();
    }

    /** Hands the stored message to its observers once the transaction that stores it has committed. */
    private void handOverAfterCommit(String id) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    handOver(id);
                }
            }
        });
    }

    private void handOver(String id) {
        if (handling.observed()) {
            due.fireAsync(new InboundHandling.Due(id));
        }
    }

    private Optional<String> record(InboundCandidate candidate) {
        if (known(candidate.linqMessageId())) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        InboundRecord record = new InboundRecord();
        record.id = UUID.randomUUID().toString();
        record.linqMessageId = candidate.linqMessageId();
        record.chatId = candidate.chatId();
        record.fromHandle = candidate.fromHandle();
        record.body = candidate.text();
        record.service = candidate.service();
        record.group = candidate.group();
        record.sentAt = candidate.sentAt();
        record.receivedAt = now;
        record.source = candidate.source();
        record.nextAttemptAt = now;
        if (handling.observed()) {
            record.state = InboundRecord.State.PENDING;
        } else {
            // Nothing to hand it to: handled as stored, instead of a claim and a commit more for nothing.
            record.state = InboundRecord.State.HANDLED;
            record.handledAt = now;
        }
        Optional<Member> member = directory.resolveSender(candidate.fromHandle());
        if (member.isEmpty() && !Boolean.TRUE.equals(candidate.group()) && candidate.chatId() != null) {
            member = directory.resolveChatId(candidate.chatId());
        }
        member.ifPresent(m -> directory.learnFromInbound(candidate.chatId(), candidate.group(), m));
        record.memberId = member.map(m -> m.id).orElse(null);
        record.unknownSender = member.isEmpty();
        record.persist();
        if (optOuts.apply(candidate.fromHandle(), candidate.text())) {
            Log.infof("Opt-out keyword from %s recorded", LogMask.handle(candidate.fromHandle()));
        }
        return Optional.of(record.id);
    }

    /** Keeps the chat's participants for the opt-out guard; a lost race with another instance is harmless. */
    private static void rememberChat(InboundCandidate candidate) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> ChatRecord.remember(candidate.chatId(), candidate.fromHandle(),
                        Boolean.TRUE.equals(candidate.group()), candidate.service(), Instant.now()));
                return;
            } catch (RuntimeException e) {
                Log.debugf("Chat %s not recorded yet (%s); trying again", candidate.chatId(), e.getMessage());
            }
        }
    }

    /**
     * A query of its own rather than Panache's {@code count}: Hibernate translates the count query that
     * {@code count} derives anew on every call, which made this lookup most of the cost of processing a reply.
     */
    private static boolean known(String linqMessageId) {
        return !InboundRecord.getEntityManager()
                .createQuery("select 1 from InboundRecord where linqMessageId = :id", Integer.class)
                .setParameter("id", linqMessageId).setMaxResults(1).getResultList().isEmpty();
    }
}
