package com.caresupport.gateway.delivery;

import com.caresupport.gateway.api.problem.Problem;
import com.caresupport.gateway.api.problem.ProblemException;
import com.caresupport.gateway.linq.LinqRejectedException;
import com.caresupport.gateway.linq.LinqUnavailableException;
import com.caresupport.gateway.messaging.ChatCreated;
import com.caresupport.gateway.messaging.MessageSent;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.ops.LogMask;
import com.caresupport.gateway.ops.Traces;
import com.caresupport.gateway.queue.Backoff;
import com.caresupport.gateway.queue.QueueWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accept, persist, deliver. A send is stored with its outbox entry in one transaction before Linq is called,
 * so a crash or a Linq outage can delay a message but never lose it; the stored idempotency key goes with
 * every attempt, so Linq never sees it twice. Linq's refusals are final: the message is recorded as failed
 * and the caller gets the refusal at once.
 */
@ApplicationScoped
public class Outbox {

    private final MessagingService messaging;
    private final MessageStore store;
    private final DeliveryConfig config;
    private final ObjectMapper json;

    Outbox(MessagingService messaging, MessageStore store, DeliveryConfig config, ObjectMapper json) {
        this.messaging = messaging;
        this.store = store;
        this.config = config;
        this.json = json;
    }

    public Accepted acceptChat(@NotNull @Valid NewChat chat, @Size(max = 255) String idempotencyKey) {
        messaging.checkRecipients(chat.recipients(), null);
        MessageRecord message = newMessage(MessageRecord.Kind.CHAT, null, chat, chat.initialMessage(), idempotencyKey);
        message.recipients = String.join(",", chat.recipients());
        return acceptAndDeliver(message);
    }

    public Accepted acceptMessage(@NotBlank String chatId, @NotNull @Valid NewMessage outgoing,
            @Size(max = 255) String idempotencyKey) {
        messaging.checkRecipients(List.of(), chatId);
        return acceptAndDeliver(newMessage(MessageRecord.Kind.MESSAGE, chatId, outgoing, outgoing.text(), idempotencyKey));
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
                    () -> deliver(message));
        } catch (LinqRejectedException | LinqUnavailableException | ProblemException e) {
            // Recorded by deliver(): a refusal (Linq's, or the opt-out guard's) as failed, an outage as postponed.
            Log.debugf("Outbox delivery of %s: %s", messageId, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "Outbox delivery of %s failed unexpectedly; it stays queued", messageId);
            postpone(messageId, e.toString(), Duration.ZERO);
        }
    }

    private Accepted acceptAndDeliver(MessageRecord candidate) {
        MessageRecord stored = store(candidate);
        if (stored != candidate) {
            return Accepted.of(stored, true);
        }
        try {
            return Traces.inSpan(null, "linq delivery", Map.of("gateway.message_id", stored.id), () -> deliver(stored));
        } catch (LinqUnavailableException e) {
            return QuarkusTransaction.requiringNew().call(() -> Accepted.of(MessageRecord.findById(stored.id), false));
        }
    }

    /** Stores the message and its outbox entry, leased to this request; or returns the original of a repeat. */
    private MessageRecord store(MessageRecord candidate) {
        try {
            return Traces.inSpan(null, "store message", Map.of("gateway.message_id", candidate.id),
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                var existing = MessageRecord.findByIdempotencyKey(candidate.idempotencyKey);
                if (existing.isPresent()) {
                    return requireSameRequest(existing.get(), candidate);
                }
                Instant now = Instant.now();
                candidate.persist();
                store.advance(candidate, DeliveryStatus.QUEUED, now, "api", null);
                OutboxEntry entry = new OutboxEntry();
                entry.messageId = candidate.id;
                entry.state = OutboxEntry.State.PENDING;
                entry.nextAttemptAt = now;
                entry.lease(instance(), now.plus(config.lease()));
                entry.createdAt = now;
                entry.updatedAt = now;
                entry.persist();
                return candidate;
            }));
        } catch (RuntimeException e) {
            // Two requests with one key raced; the unique key let one in. Answer with that one.
            return QuarkusTransaction.requiringNew().call(() -> MessageRecord.findByIdempotencyKey(candidate.idempotencyKey))
                    .map(existing -> requireSameRequest(existing, candidate))
                    .orElseThrow(() -> e);
        }
    }

    private static MessageRecord requireSameRequest(MessageRecord existing, MessageRecord candidate) {
        if (!existing.requestHash.equals(candidate.requestHash)) {
            throw new ProblemException(Problem.of(422, "idempotency-key-reused",
                    "Idempotency-Key reused", "This Idempotency-Key was already used for a different request;"
                            + " use a new key for a new message."));
        }
        return existing;
    }

    /** One delivery attempt under the message's own key. Records the outcome, then reports it. */
    private Accepted deliver(MessageRecord message) {
        try {
            if (message.kind == MessageRecord.Kind.CHAT) {
                ChatCreated created = messaging.createChat(json.readValue(message.body, NewChat.class),
                        message.idempotencyKey);
                return delivered(message.id, created.chatId(), created.messageId(), created.service(),
                        created.deliveryStatus());
            }
            MessageSent sent = messaging.sendMessage(message.chatId, json.readValue(message.body, NewMessage.class),
                    message.idempotencyKey);
            return delivered(message.id, sent.chatId(), sent.messageId(), sent.service(), sent.deliveryStatus());
        } catch (LinqUnavailableException e) {
            postpone(message.id, e.getMessage(), e.askedByLinq() ? e.retryAfter() : Duration.ZERO);
            throw e;
        } catch (LinqRejectedException e) {
            reject(message.id, e.getMessage(), e.linqCode().orElse(null));
            throw e;
        } catch (ProblemException | ConstraintViolationException e) {
            reject(message.id, e.getMessage(), null);
            throw e;
        } catch (JsonProcessingException e) {
            reject(message.id, "stored request unreadable: " + e.getOriginalMessage(), null);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            // The message is stored and Linq may or may not have it: the only safe answer is "queued", and the
            // outbox asks again under the same idempotency key, which Linq deduplicates.
            Log.errorf(e, "Delivery of %s failed unexpectedly; it stays queued", message.id);
            postpone(message.id, e.toString(), Duration.ZERO);
            throw new LinqUnavailableException("unexpected failure: " + e.getClass().getSimpleName(), config.backoff(), e);
        }
    }

    private Accepted delivered(String id, String chatId, String linqMessageId, String service, String linqStatus) {
        Accepted accepted = QuarkusTransaction.requiringNew().call(() -> {
            MessageRecord message = store.lock(id);
            Instant now = Instant.now();
            message.linqMessageId = linqMessageId;
            message.chatId = chatId;
            message.service = service;
            message.error = null;
            DeliveryStatus reported = DeliveryStatus.fromWire(linqStatus)
                    .filter(s -> s != DeliveryStatus.QUEUED).orElse(DeliveryStatus.PENDING);
            store.advance(message, DeliveryStatus.PENDING, now, "linq", "accepted by Linq");
            store.advance(message, reported, now, "linq", null);
            OutboxEntry entry = OutboxEntry.findById(id);
            entry.state = OutboxEntry.State.DONE;
            entry.attempts++;
            entry.leaseUntil = null;
            entry.leasedBy = null;
            entry.updatedAt = now;
            return Accepted.of(message, false);
        });
        Chats.touchQuietly(chatId, id);
        return accepted;
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

    private MessageRecord newMessage(MessageRecord.Kind kind, String chatId, Object request, String text,
            String idempotencyKey) {
        MessageRecord message = new MessageRecord();
        message.id = UUID.randomUUID().toString();
        message.kind = kind;
        message.chatId = chatId;
        message.direction = "outbound";
        message.deliveryStatus = DeliveryStatus.QUEUED;
        try {
            message.body = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        message.textPreview = text == null ? null : MessageStore.truncate(text, 200);
        message.idempotencyKey = idempotencyKey == null ? MessagingService.newIdempotencyKey() : idempotencyKey;
        message.requestHash = hash(kind + "|" + chatId + "|" + message.body);
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
