package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * Body of {@code POST /v3/chats/{chatId}/background}: {@code type} is color, dynamic or photo; photo takes
 * {@code imageUrl}, color a {@code variant} (or custom {@code shades}), dynamic a {@code style} and {@code variant}.
 */
public record BackgroundRequest(String type, String imageUrl, String variant, List<String> shades, String style) {
}
