package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A tapback: one of Linq's reaction types; {@code custom} needs the emoji. */
@ValidRequest
public record ReactionSpec(@NotBlank String reactionType, @Size(max = 16) String customEmoji,
        @Min(0) Integer partIndex) implements Checked {

    @Override
    public List<Violation> violations() {
        if (reactionType == null) {
            return List.of();
        }
        if (!LinqLimits.REACTIONS.contains(reactionType)) {
            return List.of(new Violation("reaction_type",
                    "must be one of " + LinqLimits.REACTIONS.stream().sorted().toList()));
        }
        if (reactionType.equals("custom") && (customEmoji == null || customEmoji.isBlank())) {
            return List.of(new Violation("custom_emoji", "is required when reaction_type is custom"));
        }
        return List.of();
    }
}
