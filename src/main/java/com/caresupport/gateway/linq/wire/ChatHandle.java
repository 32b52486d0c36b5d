package com.caresupport.gateway.linq.wire;

/** A participant of a chat: a phone number or an email address, with the service it is on. */
public record ChatHandle(String id, String handle, String joinedAt, String service, Boolean isMe, String leftAt,
        String status) {
}
