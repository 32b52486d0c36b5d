package com.caresupport.gateway.linq.wire;

/** Body of {@code PUT /v3/chats/{chatId}}: a group chat's new name and/or icon URL (unset fields are left as they are). */
public record ChatUpdateRequest(String displayName, String groupChatIcon) {
}
