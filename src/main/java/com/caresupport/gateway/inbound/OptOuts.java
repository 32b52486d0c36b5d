package com.caresupport.gateway.inbound;

import com.caresupport.gateway.error.RecipientOptedOutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SMS opt-out as carriers require it: a message that is exactly STOP, STOPALL, UNSUBSCRIBE, CANCEL, END or
 * QUIT (any case, surrounding space ignored) opts the sender out; START, UNSTOP or YES opts back in. Sends
 * to an opted-out handle are refused before they reach Linq.
 */
@ApplicationScoped
public class OptOuts {

    static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    static final Set<String> START = Set.of("START", "UNSTOP", "YES");

    /**
     * A JSON string value that is one keyword, give or take spaces and escaped line breaks: what a keyword
     * message's text part looks like in a raw payload. It finds every keyword message and few others. The runs
     * of space are possessive, so a look that fails gives nothing back to try again.
     */
    private static final Pattern KEYWORD_VALUE = Pattern.compile(":\\s*+\"(?:\\s|\\\\[nrt])*+(?:"
            + String.join("|", Stream.concat(STOP.stream(), START.stream()).toList())
            + ")(?:\\s|\\\\[nrt])*+\"", Pattern.CASE_INSENSITIVE);

    /** Whether a raw JSON payload may hold a keyword message: a look, before reading it, for the receiver. */
    static boolean mayHoldKeyword(String json) {
        return KEYWORD_VALUE.matcher(json).find();
    }

    /** The keyword in {@code text}, if the whole message is one. */
    static Optional<String> keyword(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toUpperCase(Locale.ROOT);
        return STOP.contains(word) || START.contains(word) ? Optional.of(word) : Optional.empty();
    }

    /** Applies an opt-out or opt-in keyword from {@code handle}; returns whether the message was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String handle, String text) {
        Optional<String> keyword = keyword(text);
        if (handle == null || keyword.isEmpty()) {
            return false;
        }
        HandleOptOut state = HandleOptOut.findById(handle);
        boolean fresh = state == null;
        if (fresh) {
            state = new HandleOptOut();
            state.handle = handle;
        }
        state.optedOut = STOP.contains(keyword.get());
        state.keyword = keyword.get();
        state.changedAt = Instant.now();
        if (fresh) {
            state.persist();
        }
        return true;
    }

    @Transactional
    public boolean isOptedOut(String handle) {
        HandleOptOut state = HandleOptOut.findById(handle);
        return state != null && state.optedOut;
    }

    /** Refuses a send that would reach any opted-out handle among {@code handles}. */
    @Transactional
    public void requireAllowed(Collection<String> handles) {
        for (String handle : handles) {
            if (isOptedOut(handle)) {
                throw new RecipientOptedOutException(handle);
            }
        }
    }
}
