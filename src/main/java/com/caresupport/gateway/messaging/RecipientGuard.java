package com.caresupport.gateway.messaging;

import java.util.List;

/**
 * Says whether a send may go to its recipients; throws a problem (409) when it may not. The opt-out
 * registry implements it, so that a recipient who replied STOP is never messaged, whatever the path.
 */
public interface RecipientGuard {

    /** Checks a new chat's recipients, or (when {@code recipients} is empty) the known members of {@code chatId}. */
    void check(List<String> recipients, String chatId);
}
