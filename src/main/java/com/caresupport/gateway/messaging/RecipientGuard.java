package com.caresupport.gateway.messaging;

import java.util.List;

/**
 * Says whether an operation may reach its recipients; throws {@code RecipientOptedOutException} when it may not. The opt-out
 * registry implements it, so that a recipient who replied STOP is never reached, whatever the path:
 * the send path ({@code delivery.Outbox}) and {@link MessagingService} ask it before every operation that
 * reaches a person. Each check joins the caller's transaction, if there is one.
 */
public interface RecipientGuard {

    /** Checks the handles an operation reaches directly: a new chat's recipients, a participant being added. */
    void checkHandles(List<String> handles);

    /**
     * Checks every current member of {@code chatId}. Asks Linq who they are when the gateway does not know,
     * so it may throw Linq's refusal or {@code LinqUnavailableException}; it never lets an unchecked send pass.
     */
    void checkChat(String chatId);

    /**
     * Checks the members of {@code chatId} the gateway already knows, without calling Linq. Returns whether
     * they are all its members, as far as the gateway can vouch; when not, {@link #checkChat} must follow.
     */
    boolean checkKnownMembers(String chatId);
}
