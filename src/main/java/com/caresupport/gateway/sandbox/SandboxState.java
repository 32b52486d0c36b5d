package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the sandbox remembers, in memory. Changes to chats and messages happen under {@link #lock},
 * so concurrent calls see Linq-like consistent state; counters and logs are lock-free. A singleton, not a
 * proxied bean, because the sandbox reads its fields directly.
 */
@Singleton
public class SandboxState {

    private static final int LOG_SIZE = 1000;

    final Object lock = new Object();
    final Map<String, Chat> chats = new ConcurrentHashMap<>();
    final Map<String, Message> messages = new ConcurrentHashMap<>();
    final Map<String, SandboxResponse> idempotent = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> subscriptions = new ConcurrentHashMap<>();
    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> attachments = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> contactCards = new ConcurrentHashMap<>();
    final List<Fault> faults = new CopyOnWriteArrayList<>();

    // Records of the newer endpoints, kept as Linq's JSON: handle, poll message, chat, request or line to record.
    final Map<String, ObjectNode> blockedHandles = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> polls = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> backgrounds = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> locations = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> lineSettings = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> reputationAudits = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> paymentRequests = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> paymentProviders = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> paymentHandles = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> payments = new ConcurrentHashMap<>();

    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> idempotencyKeys = new ConcurrentHashMap<>();
    final AtomicInteger faulted = new AtomicInteger();
    final AtomicInteger messagesCreated = new AtomicInteger();
    final AtomicInteger idempotencyRepeats = new AtomicInteger();
    final AtomicInteger deliveriesAttempted = new AtomicInteger();
    final AtomicInteger deliveriesSucceeded = new AtomicInteger();
    final AtomicInteger deliveriesFailed = new AtomicInteger();
    final Deque<ObjectNode> requestLog = new ConcurrentLinkedDeque<>();
    final Deque<ObjectNode> deliveryLog = new ConcurrentLinkedDeque<>();

    /** Bumped by {@link #reset()} so that work scheduled before a reset does nothing after it. */
    final AtomicInteger generation = new AtomicInteger();

    void reset() {
        synchronized (lock) {
            generation.incrementAndGet();
            chats.clear();
            messages.clear();
            idempotent.clear();
            subscriptions.clear();
            secrets.clear();
            attachments.clear();
            contactCards.clear();
            records().values().forEach(Map::clear);
            faults.clear();
            requests.clear();
            idempotencyKeys.clear();
            faulted.set(0);
            messagesCreated.set(0);
            idempotencyRepeats.set(0);
            deliveriesAttempted.set(0);
            deliveriesSucceeded.set(0);
            deliveriesFailed.set(0);
            requestLog.clear();
            deliveryLog.clear();
        }
    }

    /** The newer endpoints' records by name, as {@link SandboxSnapshot} saves them. */
    Map<String, Map<String, ObjectNode>> records() {
        return Map.of("blocked_handles", blockedHandles, "polls", polls, "backgrounds", backgrounds,
                "locations", locations, "line_settings", lineSettings, "reputation_audits", reputationAudits,
                "payment_requests", paymentRequests, "payment_providers", paymentProviders,
                "payment_handles", paymentHandles, "payments", payments);
    }

    void count(String key) {
        requests.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    void log(Deque<ObjectNode> log, ObjectNode entry) {
        log.addLast(entry);
        while (log.size() > LOG_SIZE) {
            log.pollFirst();
        }
    }

    Chat chat(String id) {
        Chat chat = chats.get(id);
        if (chat == null) {
            throw LinqError.notFound(2001, "Chat");
        }
        return chat;
    }

    Message message(String id) {
        Message message = messages.get(id);
        if (message == null || message.deleted) {
            throw LinqError.notFound(2002, "Message");
        }
        return message;
    }
}
