package com.caresupport.gateway.delivery;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.Chat;
import com.caresupport.gateway.linq.wire.ChatHandle;
import com.caresupport.gateway.messaging.ParticipantChanged;
import com.caresupport.gateway.webhook.ChatChanged;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is in a chat now, for the opt-out guard. The chat table keeps what the gateway learns: the recipients
 * of chats it creates, the participants it adds and removes, the senders of inbound messages, and Linq's
 * {@code participant.added/removed} webhooks (the chats it creates are recorded by {@link Outbox}, with the
 * answer to the send). The list is trusted only when it is known complete (the
 * gateway created the chat, or Linq listed its members) and, for a group, confirmed within
 * {@link ChatMembersConfig#groupMaxAge()}; otherwise Linq is asked (GET chat) and the answer kept.
 *
 * <p>Webhooks may arrive late or twice, so they only ever make the guard stricter: a member who joined is
 * added at once, a removal makes the guard ask Linq again, and {@code chat.created} is not applied (a chat
 * the gateway did not create is asked about when something is first sent into it).
 */
@ApplicationScoped
public class ChatMembers {

    private final LinqClient linq;
    private final ChatMembersConfig config;

    ChatMembers(LinqClient linq, ChatMembersConfig config) {
        this.linq = linq;
        this.config = config;
    }

    /**
     * The members the gateway keeps for a chat (without its own line), and whether that list is complete and
     * fresh enough to be trusted without asking Linq.
     */
    public record Kept(List<String> handles, boolean trusted) {
    }

    /** What the gateway keeps of a chat's members; never calls Linq. Joins the caller's transaction, if any. */
    public Kept kept(String chatId) {
        return QuarkusTransaction.joiningExisting().call(() -> ChatRecord.<ChatRecord>findByIdOptional(chatId)
                .map(chat -> new Kept(chat.members(), trusted(chat.group, chat.membersConfirmedAt)))
                .orElse(new Kept(List.of(), false)));
    }

    /**
     * The chat's current members other than the gateway's own line. Asks Linq when the kept list is partial
     * or stale, so it may throw what {@link LinqClient#getChat} throws: Linq's refusal (unknown chat) or
     * {@code LinqUnavailableException}, never an unchecked answer.
     */
    public List<String> current(String chatId) {
        Kept kept = kept(chatId);
        if (kept.trusted()) {
            return kept.handles();
        }
        Chat chat = linq.getChat(chatId);
        List<String> members = activeMembers(chat);
        recordQuietly(chatId, () -> ChatRecord.confirm(chatId, members, Boolean.TRUE.equals(chat.isGroup()),
                chat.service(), Instant.now()));
        return members;
    }

    private boolean trusted(boolean group, Instant confirmedAt) {
        return confirmedAt != null && (!group || confirmedAt.plus(config.groupMaxAge()).isAfter(Instant.now()));
    }

    /** The handles still in the chat, without the gateway's own line. */
    static List<String> activeMembers(Chat chat) {
        return chat.handles() == null ? List.of() : chat.handles().stream()
                .filter(h -> !Boolean.TRUE.equals(h.isMe()))
                .filter(h -> h.status() == null || "active".equals(h.status()))
                .map(ChatHandle::handle).filter(Objects::nonNull).distinct().toList();
    }

    void onParticipantChanged(@Observes ParticipantChanged change) {
        recordQuietly(change.chatId(), () -> ChatRecord.changeMember(change.chatId(), change.handle(), change.added()));
    }

    /** Linq's word on a member joining or leaving; a failure here fails the event, which is then retried. */
    void onWebhook(@Observes ChatChanged change) {
        boolean added = "participant.added".equals(change.eventType());
        if (change.chatId() != null && (added || "participant.removed".equals(change.eventType()))) {
            QuarkusTransaction.requiringNew().run(() -> ChatRecord.changeMember(change.chatId(), change.handle(), added));
        }
    }

    /**
     * Records what Linq already accepted, so a failure must not fail the caller's operation: two instances
     * may race to insert the same chat, and the loser simply tries once more.
     */
    private static void recordQuietly(String chatId, Runnable change) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(change);
                return;
            } catch (RuntimeException e) {
                Log.debugf("Members of chat %s not recorded yet (%s); trying again", chatId, e.getMessage());
            }
        }
        Log.warnf("Members of chat %s not recorded; the guard relies on what it knew before", chatId);
    }
}
