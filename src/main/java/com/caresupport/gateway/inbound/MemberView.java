package com.caresupport.gateway.inbound;

import java.time.Instant;
import java.util.List;

/** A member as the API and the handler hook show them, with their chats and opt-out state. */
public record MemberView(String id, String name, String phone, String email, String role, List<String> chatIds,
        boolean optedOut, Instant optedOutAt) {
}
