package com.caresupport.gateway.inbound;

import com.caresupport.gateway.config.LinqConfig;
import com.caresupport.gateway.queue.InHand;
import com.caresupport.gateway.queue.JobLock;
import com.caresupport.gateway.messaging.ChatList;
import com.caresupport.gateway.messaging.ChatView;
import com.caresupport.gateway.messaging.MessageView;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.privacy.LogMask;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The older client's polling loop: pages through recent chats and their latest messages and feeds the
 * inbound ones (V3 REST marks them {@code is_from_me: false}) into the same pipeline as webhooks, which
 * handles each message once whichever path brings it. One instance polls at a time.
 */
@ApplicationScoped
public class InboundPoller {

    private static final String JOB = "inbound-poller";
    private static final String OWNER = "poller-" + UUID.randomUUID().toString().substring(0, 8);
    /** How long a stop waits for the chat in hand; what a cut poll missed, the next start's look-back finds. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final MessagingService messaging;
    private final InboundPipeline pipeline;
    private final InboundConfig config;
    private final LinqConfig linq;
    private final JobLock lock;
    private final InHand inHand = new InHand();
    /** Whether this instance's last try took the poll's lease, which an orderly stop then hands back. */
    private volatile boolean holdsLease;

    InboundPoller(MessagingService messaging, InboundPipeline pipeline, InboundConfig config, LinqConfig linq,
            JobLock lock) {
        this.messaging = messaging;
        this.pipeline = pipeline;
        this.config = config;
        this.linq = linq;
        this.lock = lock;
    }

    /** On by default only where no webhook signing secret is configured (webhooks are the main path). */
    public boolean enabled() {
        return config.poller().enabled().orElse(linq.webhookSigningSecrets().map(List -> List.isEmpty()).orElse(true));
    }

    @Scheduled(identity = "inbound-poller", every = "${gateway.inbound.poller.interval:30s}",
            delayed = "${gateway.inbound.poller.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        inHand.enter();
        try {
            if (!inHand.refused() && enabled()) {
                holdsLease = lock.acquire(JOB, OWNER, config.poller().interval().multipliedBy(3));
                if (holdsLease) {
                    poll();
                }
            }
        } catch (RuntimeException e) {
            Log.warnf("Inbound poll failed: %s", LogMask.in(e.getMessage()));
        } finally {
            inHand.leave();
        }
    }

    /**
     * A stop lets the poll in hand finish its chat and end, before the Linq client and the database close under
     * it (which logged every stop mid-poll as a failed poll). Then it hands the lease back: otherwise the next
     * start, of this gateway or another, would poll for nothing for up to three intervals, and a STOP reply found
     * only by polling would wait that much longer. A poll still under way keeps the lease until it runs out.
     */
    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        inHand.refuseNew();
        if (inHand.awaitNone(STOP_WAIT) == 0 && holdsLease) {
            try {
                lock.release(JOB, OWNER);
                holdsLease = false;
            } catch (RuntimeException e) {
                Log.warnf("The poller's lease was not handed back (%s); another instance polls once it runs out",
                        LogMask.in(e.getMessage()));
            }
        }
    }

    /** One pass over recent chats; returns how many new inbound messages it found. */
    public int poll() {
        Instant since = Instant.now().minus(config.poller().lookBack());
        int found = 0;
        String cursor = null;
        do {
            ChatList page = messaging.listChats(null, config.poller().pageSize(), cursor);
            for (ChatView chat : page.chats()) {
                if (inHand.refused() || chat.updatedAt() != null && parse(chat.updatedAt()).isBefore(since)) {
                    return found;
                }
                found += pollChat(chat, since);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return found;
    }

    private int pollChat(ChatView chat, Instant since) {
        int found = 0;
        for (MessageView message : messaging.getMessages(chat.chatId(), config.poller().pageSize(), null).messages()) {
            Instant sent = message.sentAt() != null ? parse(message.sentAt()) : parse(message.createdAt());
            if ("inbound".equals(message.direction()) && !sent.isBefore(since)
                    && pipeline.accept(new InboundCandidate(message.messageId(), chat.chatId(), message.from(),
                            message.text(), message.service(), chat.isGroup(), sent, "poll"))) {
                found++;
            }
        }
        return found;
    }

    private static Instant parse(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.now();
        }
    }
}
