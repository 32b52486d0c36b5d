package com.caresupport.gateway.inbound;

import com.caresupport.gateway.delivery.ChatRecord;
import com.caresupport.gateway.messaging.RecipientGuard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Refuses sends to handles that opted out, by recipient for new chats and by known members for existing ones. */
@ApplicationScoped
public class OptOutGuard implements RecipientGuard {

    private final OptOuts optOuts;

    OptOutGuard(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @Override
    public void check(List<String> recipients, String chatId) {
        List<String> handles = !recipients.isEmpty() || chatId == null ? recipients
                : QuarkusTransaction.joiningExisting().call(() -> ChatRecord.participantsOf(chatId));
        optOuts.requireAllowed(handles);
    }
}
