package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/messages/{id}/reactions}: the same call adds or removes, by {@code operation}. */
public record ReactionRequest(String operation, String type, String customEmoji, Integer partIndex) {

    public static ReactionRequest add(String type, String customEmoji, Integer partIndex) {
        return new ReactionRequest("add", type, customEmoji, partIndex);
    }

    public static ReactionRequest remove(String type, String customEmoji, Integer partIndex) {
        return new ReactionRequest("remove", type, customEmoji, partIndex);
    }
}
