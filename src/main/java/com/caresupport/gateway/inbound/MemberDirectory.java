package com.caresupport.gateway.inbound;

import com.caresupport.gateway.messaging.ChatStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Who is behind a chat. The older client's {@code resolve_chat_id(chat_id)}: for a 1:1 chat, the member on
 * the other end, learned when the gateway created the chat, when a member wrote in, or linked by hand.
 */
@ApplicationScoped
public class MemberDirectory {

    /** The member of a 1:1 chat. */
    @Transactional
    public Optional<Member> resolveChatId(String chatId) {
        List<MemberChat> links = MemberChat.list("key.chatId", chatId);
        return links.size() == 1 ? Member.findByIdOptional(links.get(0).key.memberId()) : Optional.empty();
    }

    /** The member who uses {@code handle} (phone or email), as for the sender of a group message. */
    @Transactional
    public Optional<Member> resolveSender(String handle) {
        return Member.byHandle(handle);
    }

    /** Learns the members of a chat the gateway created. */
    @Transactional
    void learn(@Observes ChatStarted chat) {
        if (!chat.group()) {
            chat.recipients().forEach(handle -> Member.byHandle(handle)
                    .ifPresent(member -> MemberChat.link(chat.chatId(), member.id, "LEARNED")));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void learnFromInbound(String chatId, Boolean group, Member sender) {
        if (chatId != null && !Boolean.TRUE.equals(group)) {
            MemberChat.link(chatId, sender.id, "LEARNED");
        }
    }
}
