package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Response of {@code POST /v3/messages}: the line and chat Linq chose, and the message it sent. */
public record DirectSendResponse(String chatId, Boolean createdNewChat, String from, FromSelection fromSelection,
        List<ChatHandle> handles, Boolean isGroup, SentMessage message, String service, String previousChatId) {

    /** Why Linq chose the line: {@code reused_active_chat}, {@code new_best_number} or {@code failover_flagged}. */
    public record FromSelection(String reason, Boolean reusedExistingChat) {
    }
}
