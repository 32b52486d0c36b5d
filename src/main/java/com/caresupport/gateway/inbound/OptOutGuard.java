package com.caresupport.gateway.inbound;

import com.caresupport.gateway.delivery.ChatMembers;
import com.caresupport.gateway.messaging.RecipientGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Refuses whatever would reach a handle that opted out: by recipient, or by a chat's current members. */
@ApplicationScoped
public class OptOutGuard implements RecipientGuard {

    private final OptOuts optOuts;
    private final ChatMembers members;

    OptOutGuard(OptOuts optOuts, ChatMembers members) {
        this.optOuts = optOuts;
        this.members = members;
    }

    @Override
    public void checkHandles(List<String> handles) {
        optOuts.requireAllowed(handles);
    }

    @Override
    public void checkChat(String chatId) {
        optOuts.requireAllowed(members.current(chatId));
    }

    @Override
    public boolean checkKnownMembers(String chatId) {
        ChatMembers.Kept kept = members.kept(chatId);
        optOuts.requireAllowed(kept.handles());
        return kept.trusted();
    }
}
