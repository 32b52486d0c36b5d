package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group chat's new name and/or icon; at least one of them. */
@ValidRequest
@Schema(description = "A group chat's new display name and/or icon URL (group chats only)",
        example = "{\"display_name\":\"Care team\",\"group_chat_icon\":\"https://cdn.example.org/icon.png\"}")
public record ChatUpdateSpec(@Size(min = 1, max = 255) String displayName, String groupChatIcon) implements Checked {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (displayName == null && groupChatIcon == null) {
            violations.add(new Violation("display_name", "give display_name, group_chat_icon or both"));
        }
        if (groupChatIcon != null && !LinqLimits.isWebUrl(groupChatIcon, false)) {
            violations.add(new Violation("group_chat_icon", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
