package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Response of the voice memo endpoint, wrapped in {@code voice_memo}. */
public record VoiceMemoResponse(VoiceMemo voiceMemo) {

    /** The sent voice memo. */
    public record VoiceMemo(String id, String createdAt, String from, List<String> to, String status,
            String service) {
    }
}
