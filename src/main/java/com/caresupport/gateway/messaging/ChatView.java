package com.caresupport.gateway.messaging;

import java.util.List;

/** A chat as internal apps see it: its participants' handles and the service it runs on. */
public record ChatView(String chatId, String displayName, List<String> handles, String service, boolean isGroup,
        String createdAt, String updatedAt) {
}
