package com.caresupport.gateway.delivery;

import com.caresupport.gateway.error.GatewayException;
import com.caresupport.gateway.error.IdempotencyKeyReusedException;
import com.caresupport.gateway.ids.TimeOrderedIds;
import com.caresupport.gateway.linq.LinqRejectedException;
import com.caresupport.gateway.linq.LinqUnavailableException;
import com.caresupport.gateway.messaging.AppCardSpec;
import com.caresupport.gateway.messaging.ChatStarted;
import com.caresupport.gateway.messaging.DirectMessage;
import com.caresupport.gateway.messaging.PollOptionsSpec;
import com.caresupport.gateway.messaging.PollSpec;
import com.caresupport.gateway.messaging.PollVoteSpec;
import com.caresupport.gateway.messaging.TargetedSends;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.messaging.RecipientGuard;
import com.caresupport.gateway.privacy.LogMask;
import com.caresupport.gateway.payments.PaymentRequestSpec;
import com.caresupport.gateway.payments.PaymentSpec;
import com.caresupport.gateway.ops.Traces;
import com.caresupport.gateway.queue.Backoff;
import com.caresupport.gateway.queue.GroupCommit;
import com.caresupport.gateway.queue.QueueWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;

/**
 * The one way a message reaches a person: every sender (the API, the CLI, the outbox's own retries) goes
 * through here. Accept, persist, deliver:
 * <ol>
 * <li>one transaction checks the request's idempotency key (a repeat gets the original's answer), checks the
 * recipients against opt-outs ({@link RecipientGuard}: a new chat's handles, or the kept members of a chat),
 * and stores the message with its outbox entry; a refusal stores nothing;</li>
 * <li>Linq is called outside any transaction, under the stored idempotency key, so Linq never sees a send twice
 * (a chat whose members the gateway cannot vouch for is first asked about, see {@link ChatMembers});</li>
 * <li>one transaction records Linq's answer, closes the outbox entry and records the chat's activity.</li>
 * </ol>
 * A crash or a Linq outage can delay a message but never lose it: the outbox delivers it later. Linq's
 * refusals are final: the message is recorded as failed and the caller gets the refusal at once.
 *
 * <p><b>A new kind of send</b> (a poll, a location request…) plugs in with three small pieces: a constant in
 * {@link MessageRecord.Kind} (the stored kind), a {@link SendKind} in {@link SendKinds} (the request type,
 * whom it reaches, and the function that makes the Linq call), and a public {@code acceptXxx} method here
 * that validates the request and calls {@link #accept}. Storage, idempotency, opt-outs, retries and status
 * tracking then come with it.
 */
@ApplicationScoped
public class Outbox {

    private final SendKinds kinds;
    private final RecipientGuard guard;
    private final MessageStore store;
    private final DeliveryConfig config;
    private final ObjectMapper json;
    private final Event<ChatStarted> chatStarted;
    private final TargetChats targets;

    /** Enough to fill a commit at any load one instance takes. */
    private static final int MAX_BATCH = 64;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private GroupCommit<Write> writes;
    /** How many callers are storing a send or recording an answer right now. */
    private final AtomicInteger writing = new AtomicInteger();

    Outbox(SendKinds kinds, RecipientGuard guard, MessageStore store, DeliveryConfig config, ObjectMapper json,
            Event<ChatStarted> chatStarted, TargetChats targets) {
        this.targets = targets;
        this.kinds = kinds;
        this.guard = guard;
        this.store = store;
        this.config = config;
        this.json = json;
        this.chatStarted = chatStarted;
    }

    /**
     * Concurrent sends share their commits: under H2 every commit is a serial write of the file, under
     * PostgreSQL a WAL flush. New sends and Linq's answers to earlier ones share one writer, so one commit holds
     * both: under H2 a commit rewrites every page it touched, and the two touch the same newest pages of the
     * messages, history and outbox tables (time-ordered ids), which two writers each rewrote for their own
     * commit. Not in a field initializer: the bean's client proxy is a subclass, and would start a writer of its own.
     */
    @PostConstruct
    void open() {
        writes = new GroupCommit<>("outbox-writer", MAX_BATCH, 4 * MAX_BATCH, MAX_WAIT, this::writeAll, this::writeOne);
    }

    @PreDestroy
    void close() {
        writes.close();
    }

    public Accepted acceptChat(@NotNull @Valid NewChat chat, @Size(max = 255) String idempotencyKey) {
        return accept(kinds.chat(), null, chat, idempotencyKey);
    }

    public Accepted acceptMessage(@NotBlank String chatId, @NotNull @Valid NewMessage outgoing,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.message(), chatId, outgoing, idempotencyKey);
    }

    /** A send to recipients by handle; Linq picks their chat. The recipients are checked as a new chat's. */
    public Accepted acceptDirect(@NotNull @Valid DirectMessage message, @Size(max = 255) String idempotencyKey) {
        return accept(kinds.direct(), null, message, idempotencyKey);
    }

    public Accepted acceptPoll(@NotBlank String chatId, @NotNull @Valid PollSpec poll,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.poll(), chatId, poll, idempotencyKey);
    }

    /** The poll's chat is the one whose members are checked; see {@link TargetChats}. */
    public Accepted acceptPollOptions(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid PollOptionsSpec options,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.pollOptions(), targets.chatOf(messageId), new TargetedSends.PollOptions(messageId, options),
                idempotencyKey);
    }

    public Accepted acceptVote(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid PollVoteSpec vote,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.vote(), targets.chatOf(messageId), new TargetedSends.PollVote(messageId, vote),
                idempotencyKey);
    }

    public Accepted acceptLocationRequest(@NotBlank @Size(max = 128) String chatId,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.location(), chatId, new TargetedSends.LocationAsk(chatId), idempotencyKey);
    }

    public Accepted acceptAppCardUpdate(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid AppCardSpec card,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.appCard(), targets.chatOf(messageId), new TargetedSends.AppCard(messageId, card),
                idempotencyKey);
    }

    /** The payer's handle is checked when given, otherwise the members of the chat the link is meant for. */
    public Accepted acceptPaymentRequest(@NotNull @Valid PaymentRequestSpec request,
            @Size(max = 255) String idempotencyKey) {
        return accept(kinds.paymentRequest(), request.chatId(), request, idempotencyKey);
    }

    public Accepted acceptPayment(@NotNull @Valid PaymentSpec payment, @Size(max = 255) String idempotencyKey) {
        return accept(kinds.payment(), null, payment, idempotencyKey);
    }

    /** Stores a validated request of {@code kind} and delivers it; see the class comment. */
    <R> Accepted accept(SendKind<R> kind, String chatId, R request, String idempotencyKey) {
        MessageRecord candidate = newMessage(kind, chatId, request, idempotencyKey);
        Stored stored = store(kind, candidate, request);
        if (stored.original() != null) {
            return Accepted.of(stored.original(), true);
        }
        try {
            return Traces.inSpan(null, "linq delivery", Map.of("gateway.message_id", candidate.id),
                    () -> deliver(kind, candidate, request, stored.membersChecked()));
        } catch (LinqUnavailableException e) {
            // Queued as stored, or failed when Linq may have acted on a call it cannot deduplicate.
            return Accepted.of(QuarkusTransaction.requiringNew().call(() -> MessageRecord.<MessageRecord>findById(candidate.id)), false);
        }
    }

    /** Delivers a message a worker claimed; never throws, the outcome is recorded. */
    void deliverClaimed(String messageId) {
        MessageRecord message = QuarkusTransaction.requiringNew().call(() -> MessageRecord.<MessageRecord>findById(messageId));
        if (message == null) {
            return;
        }
        Duration age = Duration.between(message.acceptedAt, Instant.now());
        if (age.compareTo(config.maxAge()) > 0) {
            giveUp(messageId, "not delivered within " + config.maxAge() + " of acceptance");
            return;
        }
        try {
            Traces.inSpan(message.traceParent, "outbox delivery", Map.of("gateway.message_id", messageId),
                    () -> deliverStored(kinds.of(message.kind), message));
        } catch (LinqRejectedException | LinqUnavailableException | GatewayException | ConstraintViolationException e) {
            // Recorded by deliver(): a refusal (Linq's, or the opt-out guard's) as failed, an outage as postponed.
            Log.debugf("Outbox delivery of %s: %s", messageId, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "Outbox delivery of %s failed unexpectedly; it stays queued", messageId);
            postpone(messageId, e.toString(), Duration.ZERO);
        }
    }

    private <R> Accepted deliverStored(SendKind<R> kind, MessageRecord message) {
        R request;
        try {
            request = json.readValue(message.body, kind.requestType());
        } catch (JsonProcessingException e) {
            reject(message.id, "stored request unreadable: " + e.getOriginalMessage(), null);
            throw new IllegalStateException(e);
        }
        // Checked again on every attempt: the recipient may have replied STOP since the send was accepted.
        return deliver(kind, message, request, false);
    }

    /** The stored message, or the original of a repeated idempotency key; and whether the opt-out check is complete. */
    private record Stored(MessageRecord original, boolean membersChecked) {
    }

    /**
     * Checks and stores the message with its outbox entry, leased to this request, in one transaction shared
     * with the sends accepted at the same moment ({@link GroupCommit}); or finds the original of a repeat.
     * Returns once that transaction is committed. Refuses (and stores nothing) when the guard knows a recipient
     * opted out.
     */
    private <R> Stored store(SendKind<R> kind, MessageRecord candidate, R request) {
        Acceptance<R> acceptance = new Acceptance<>(kind, candidate, request);
        Traces.inSpan(null, "store message", Map.of("gateway.message_id", candidate.id),
                () -> alone(writing, () -> storeOne(acceptance), () -> writes.write(acceptance)));
        return acceptance.stored;
    }

    /**
     * Runs {@code alone} on the caller's thread when no other caller is at this step, else {@code shared}: a
     * send on its own gains nothing from a batch and would only pay two thread switches for it.
     */
    private static void alone(AtomicInteger step, Runnable alone, Runnable shared) {
        boolean first = step.getAndIncrement() == 0;
        try {
            (first ? alone : shared).run();
        } finally {
            step.decrementAndGet();
        }
    }

    /** What the outbox's writer commits: a send to store, or Linq's answer to record. */
    private sealed interface Write permits Acceptance, Answer {
    }

    /**
     * Records the batch's answers, then stores its sends, in one transaction. Should anything fail, every item
     * is written again in a transaction of its own ({@link #writeOne}), as a failed batch of either kind was.
     */
    private List<Boolean> writeAll(List<Write> batch) {
        List<Acceptance<?>> sends = new ArrayList<>();
        List<Answer> answered = new ArrayList<>();
        for (Write write : batch) {
            if (write instanceof Acceptance<?> acceptance) {
                sends.add(acceptance);
            } else {
                answered.add((Answer) write);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            // Answers first: a repeated send in the same batch is then answered with its original as recorded.
            if (!answered.isEmpty()) {
                recordAll(answered);
            }
            if (!sends.isEmpty()) {
                storeAll(sends);
            }
            return batch.stream().map(write -> true).toList();
        });
    }

    private boolean writeOne(Write write) {
        return write instanceof Acceptance<?> acceptance ? storeOne(acceptance) : recordOne((Answer) write);
    }

    /** A send to store, and, once its transaction is committed, what storing it came to. */
    private static final class Acceptance<R> implements Write {
        final SendKind<R> kind;
        final MessageRecord candidate;
        final R request;
        volatile Stored stored;

        Acceptance(SendKind<R> kind, MessageRecord candidate, R request) {
            this.kind = kind;
            this.candidate = candidate;
            this.request = request;
        }
    }

    /**
     * Stores a batch of sends in the writer's transaction. Repeats of a key are found in the table and within the
     * batch (the first of a key is stored, the rest answered with it). Any refusal fails the whole batch, whose
     * items are then written one by one ({@link #storeOne}), so that a refused send stores nothing and delays the
     * others only by a transaction each.
     */
    private void storeAll(List<Acceptance<?>> batch) {
        List<String> keys = batch.stream().map(a -> a.candidate.idempotencyKey).distinct().toList();
        Map<String, MessageRecord> byKey = new HashMap<>();
        MessageRecord.withIdempotencyKeys(keys).forEach(existing -> byKey.putIfAbsent(existing.idempotencyKey, existing));
        MessageRecord.getEntityManager().unwrap(Session.class).setJdbcBatchSize(2 * batch.size());
        Instant now = Instant.now();
        List<MessageRecord> inserted = new ArrayList<>();
        for (Acceptance<?> acceptance : batch) {
            MessageRecord candidate = acceptance.candidate;
            MessageRecord existing = byKey.get(candidate.idempotencyKey);
            if (existing != null) {
                acceptance.stored = new Stored(requireSameRequest(existing, candidate), true);
            } else {
                acceptance.stored = new Stored(null, checkKnown(acceptance));
                candidate.persist();
                inserted.add(candidate);
            }
            byKey.putIfAbsent(candidate.idempotencyKey, candidate);
        }
        // One table after the other, so that each table's rows reach the database as one JDBC batch. The history's
        // rows go one by one (their ids are the database's), and each first sends whatever inserts are queued.
        inserted.forEach(message -> newEntry(message, now).persist());
        inserted.forEach(message -> store.recordNew(message, DeliveryStatus.QUEUED, now, "api"));
    }

    /** One send in its own transaction: a send alone, or one of a batch that failed as a whole. */
    private boolean storeOne(Acceptance<?> acceptance) {
        MessageRecord candidate = acceptance.candidate;
        try {
            QuarkusTransaction.requiringNew().run(() -> storeAll(List.of(acceptance)));
        } catch (GatewayException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two requests with one key raced (on two instances); the unique key let one in. Answer with that one.
            acceptance.stored = QuarkusTransaction.requiringNew()
                    .call(() -> MessageRecord.findByIdempotencyKey(candidate.idempotencyKey))
                    .map(existing -> new Stored(requireSameRequest(existing, candidate), true))
                    .orElseThrow(() -> e);
        }
        return true;
    }

    /** The outbox entry of a message being stored, leased to this instance, which delivers it at once. */
    private OutboxEntry newEntry(MessageRecord message, Instant now) {
        OutboxEntry entry = new OutboxEntry();
        entry.messageId = message.id;
        entry.state = OutboxEntry.State.PENDING;
        entry.nextAttemptAt = now;
        entry.lease(instance(), now.plus(config.lease()));
        entry.createdAt = now;
        entry.updatedAt = now;
        return entry;
    }

    /**
     * The opt-out check that needs no Linq call, in the caller's transaction; returns whether it was complete
     * (a new chat's handles, or a chat whose members the gateway knows and trusts).
     */
    private <R> boolean checkKnown(Acceptance<R> acceptance) {
        List<String> handles = acceptance.kind.recipients().apply(acceptance.request);
        if (!handles.isEmpty()) {
            guard.checkHandles(handles);
            return true;
        }
        return guard.checkKnownMembers(acceptance.candidate.chatId);
    }

    private static MessageRecord requireSameRequest(MessageRecord existing, MessageRecord candidate) {
        if (!existing.requestHash.equals(candidate.requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        return existing;
    }

    /**
     * One delivery attempt under the message's own key, outside any transaction. Records the outcome, then
     * reports it. {@code membersChecked} is false when the opt-out guard has yet to make its full check.
     */
    private <R> Accepted deliver(SendKind<R> kind, MessageRecord message, R request, boolean membersChecked) {
        try {
            if (!membersChecked) {
                List<String> handles = kind.recipients().apply(request);
                if (handles.isEmpty()) {
                    guard.checkChat(message.chatId);
                } else {
                    guard.checkHandles(handles);
                }
            }
            return delivered(message, kind.call().send(request, message.chatId, message.idempotencyKey));
        } catch (LinqUnavailableException e) {
            if (!kind.deduplicated() && !e.provablyNotActedOn()) {
                // Linq may have acted, and a repeat would act twice (a second vote, a second request).
                reject(message.id, "not repeated: Linq may have acted on it and cannot deduplicate it ("
                        + e.getMessage() + ")", null);
                throw e;
            }
            postpone(message.id, e.getMessage(), e.askedByLinq() ? e.retryAfter() : Duration.ZERO);
            throw e;
        } catch (LinqRejectedException e) {
            reject(message.id, e.getMessage(), e.linqCode().orElse(null));
            throw e;
        } catch (GatewayException | ConstraintViolationException e) {
            reject(message.id, e.getMessage(), null);
            throw e;
        } catch (RuntimeException e) {
            // The message is stored and Linq may or may not have it: the only safe answer is "queued", and the
            // outbox asks again under the same idempotency key, which Linq deduplicates.
            Log.errorf(e, "Delivery of %s failed unexpectedly; it stays queued", message.id);
            postpone(message.id, e.toString(), Duration.ZERO);
            throw new LinqUnavailableException("unexpected failure: " + e.getClass().getSimpleName(), config.backoff(), e);
        }
    }

    /**
     * Records Linq's answer and the chat's activity in one transaction, shared with the answers recorded at the
     * same moment ({@link GroupCommit}); returns once it is committed.
     */
    private Accepted delivered(MessageRecord sent, SendKind.LinqAnswer answer) {
        Answer recorded = new Answer(sent, answer);
        alone(writing, () -> recordOne(recorded), () -> writes.write(recorded));
        return recorded.accepted;
    }

    /** Linq's answer to a send, and, once its transaction is committed, what the caller is told. */
    private static final class Answer implements Write {
        final MessageRecord sent;
        final SendKind.LinqAnswer answer;
        volatile Accepted accepted;

        Answer(MessageRecord sent, SendKind.LinqAnswer answer) {
            this.sent = sent;
            this.answer = answer;
        }
    }

    /**
     * Records a batch of answers in the caller's transaction (the writer's, or a lone answer's own), the messages'
     * rows locked in one query in id order. Should anything fail (a chat row another instance inserted meanwhile,
     * say), the batch's items are written one by one ({@link #recordOne}).
     */
    private void recordAll(List<Answer> batch) {
        Map<String, MessageRecord> messages = store.lockAll(batch.stream().map(a -> a.sent.id).toList());
        Map<String, OutboxEntry> entries = OutboxEntry.byMessageIds(messages.keySet());
        Map<String, Set<DeliveryStatus>> reached = store.reached(messages.keySet());
        Instant now = Instant.now();
        for (Answer recorded : batch) {
            recorded.accepted = recordAnswer(messages.get(recorded.sent.id), entries.get(recorded.sent.id),
                    recorded.answer, now, reached.get(recorded.sent.id));
            Chats.touch(recorded.answer.chatId(), recorded.sent, recorded.answer.service(), now);
            announceChat(recorded.sent, recorded.answer.chatId());
        }
    }

    /**
     * One answer in its own transaction: an answer alone, or one of a batch that failed as a whole. It is a batch
     * of one ({@link #recordAll}), so a lone send runs the statements, and the compiled code, that sends under load
     * run. Should the chat's row or the member directory fail (another instance, or an inbound message, inserting
     * the same new chat at this moment), the answer is recorded alone and the chat after it: the delivery record
     * must never be undone by them.
     */
    private boolean recordOne(Answer recorded) {
        MessageRecord sent = recorded.sent;
        SendKind.LinqAnswer answer = recorded.answer;
        try {
            QuarkusTransaction.requiringNew().run(() -> recordAll(List.of(recorded)));
            return true;
        } catch (RuntimeException e) {
            Log.debugf("Chat %s not recorded with message %s (%s); recording the answer alone", answer.chatId(),
                    sent.id, e.getMessage());
        }
        recorded.accepted = QuarkusTransaction.requiringNew()
                .call(() -> recordAnswer(store.lock(sent.id), OutboxEntry.findById(sent.id), answer, Instant.now(), null));
        Chats.touchQuietly(answer.chatId(), sent, answer.service());
        try {
            announceChat(sent, answer.chatId());
        } catch (RuntimeException e) {
            Log.warnf("Member directory not told about chat %s: %s", answer.chatId(), LogMask.in(e.getMessage()));
        }
        return true;
    }

    /**
     * Records Linq's answer on the locked {@code message} and closes its outbox entry; {@code reached} is the
     * message's history when the batch looked it up (see {@link MessageStore#reached}), or null.
     */
    private Accepted recordAnswer(MessageRecord message, OutboxEntry entry, SendKind.LinqAnswer answer, Instant now,
            Set<DeliveryStatus> reached) {
        message.linqMessageId = answer.linqMessageId();
        message.chatId = answer.chatId();
        message.service = answer.service();
        message.error = null;
        DeliveryStatus reported = DeliveryStatus.fromWire(answer.linqStatus())
                .filter(s -> s != DeliveryStatus.QUEUED).orElse(DeliveryStatus.PENDING);
        store.advance(message, DeliveryStatus.PENDING, now, "linq", "accepted by Linq", reached);
        store.advance(message, reported, now, "linq", null, reached);
        entry.state = OutboxEntry.State.DONE;
        entry.attempts++;
        entry.release();
        entry.updatedAt = now;
        return Accepted.of(message, false);
    }

    /** Tells the member directory who is in a chat the gateway just created (it joins the caller's transaction). */
    private void announceChat(MessageRecord sent, String chatId) {
        if (chatId != null && sent.recipients != null) {
            List<String> recipients = split(sent.recipients);
            chatStarted.fire(new ChatStarted(chatId, recipients, recipients.size() > 1));
        }
    }

    /** Schedules the next attempt after the backoff, and never sooner than {@code notBefore} (Linq's Retry-After). */
    private void postpone(String id, String reason, Duration notBefore) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEntry entry = OutboxEntry.findById(id);
            Instant now = Instant.now();
            entry.retryLater(reason, backoff(), notBefore, now);
            entry.updatedAt = now;
        });
    }

    private void reject(String id, String reason, Integer linqCode) {
        QuarkusTransaction.requiringNew().run(() -> {
            MessageRecord message = store.lock(id);
            message.error = MessageStore.truncate(reason, 2000);
            message.linqErrorCode = linqCode;
            store.advance(message, DeliveryStatus.FAILED, Instant.now(), "linq", reason);
            finish(id, OutboxEntry.State.FAILED, reason);
        });
    }

    private void giveUp(String id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            MessageRecord message = store.lock(id);
            OutboxEntry entry = OutboxEntry.findById(id);
            String full = reason + (entry.lastError == null ? "" : "; last error: " + entry.lastError);
            message.error = MessageStore.truncate(full, 2000);
            store.advance(message, DeliveryStatus.FAILED, Instant.now(), "outbox", full);
            finish(id, OutboxEntry.State.FAILED, full);
            Log.warnf("Message %s failed: %s", id, LogMask.in(full));
        });
    }

    private static void finish(String id, OutboxEntry.State state, String reason) {
        OutboxEntry entry = OutboxEntry.findById(id);
        entry.state = state;
        entry.lastError = reason == null ? entry.lastError : MessageStore.truncate(reason, 2000);
        entry.release();
        entry.updatedAt = Instant.now();
    }

    Backoff backoff() {
        return new Backoff(config.backoff(), config.maxBackoff());
    }

    static String instance() {
        return QueueWorker.instance();
    }

    private <R> MessageRecord newMessage(SendKind<R> kind, String chatId, R request, String idempotencyKey) {
        MessageRecord message = new MessageRecord();
        message.id = TimeOrderedIds.next();
        message.kind = kind.kind();
        message.chatId = chatId;
        message.direction = "outbound";
        message.deliveryStatus = DeliveryStatus.QUEUED;
        try {
            message.body = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String text = kind.preview().apply(request);
        message.textPreview = text == null ? null : MessageStore.truncate(text, 200);
        List<String> recipients = kind.recipients().apply(request);
        message.recipients = recipients.isEmpty() ? null : String.join(",", recipients);
        message.idempotencyKey = idempotencyKey == null ? MessagingService.newIdempotencyKey() : idempotencyKey;
        message.requestHash = hash(message.kind + "|" + chatId + "|" + message.body);
        message.acceptedAt = Instant.now();
        message.updatedAt = message.acceptedAt;
        message.traceParent = Traces.currentTraceparent();
        return message;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
