package com.caresupport.gateway.inbound;

import com.caresupport.gateway.delivery.ChatRecord;
import com.caresupport.gateway.privacy.LogMask;
import com.caresupport.gateway.webhook.InboundMessage;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
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

    InboundPipeline(OptOuts optOuts, MemberDirectory directory, Event<InboundHandling.Due> due) {
        this.optOuts = optOuts;
        this.directory = directory;
        this.due = due;
    }

    void onWebhook(@Observes InboundMessage message) {
        accept(new InboundCandidate(message.messageId(), message.chatId(), message.fromHandle(), message.text(),
                message.service(), message.group(), message.sentAt(), "webhook"));
    }

    /** Takes in a message; returns false when it was seen before (by either path). */
    public boolean accept(InboundCandidate candidate) {
        if (candidate.linqMessageId() == null) {
            return false;
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
        stored.ifPresent(id -> due.fireAsync(new InboundHandling.Due(id)));
        return stored.isPresent();
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
        record.state = InboundRecord.State.PENDING;
        record.nextAttemptAt = now;
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

    private static boolean known(String linqMessageId) {
        return InboundRecord.count("linqMessageId", linqMessageId) > 0;
    }
}
