package com.caresupport.gateway.messaging;

import java.util.List;

/**
 * Says whether an operation may reach its recipients; throws a problem (409) when it may not. The opt-out
 * registry implements it, so that a recipient who replied STOP is never reached, whatever the path:
 * {@link MessagingService} asks it before every operation that reaches a person.
 */
public interface RecipientGuard {

    /** Checks the handles an operation reaches directly: a new chat's recipients, a participant being added. */
    void checkHandles(List<String> handles);

    /**
     * Checks every current member of {@code chatId}. Asks Linq who they are when the gateway does not know,
     * so it may throw Linq's refusal or {@code LinqUnavailableException}; it never lets an unchecked send pass.
     */
    void checkChat(String chatId);

    /** Checks the members of {@code chatId} the gateway already knows, without calling Linq: an early refusal only. */
    void checkKnownMembers(String chatId);
}
