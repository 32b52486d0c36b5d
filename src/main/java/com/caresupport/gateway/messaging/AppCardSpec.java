package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new version of an app card the gateway sent: its layout, and where a tap leads ({@code url}) or which
 * experience action composes it. Linq keeps the card's app identity; only these are replaced.
 */
@ValidRequest
public record AppCardSpec(@NotNull @Valid Layout layout, @Size(max = 1000) String fallbackText, Boolean interactive,
        String url, @Valid Experience experience) implements Checked {

    /** The visible card; at least one caption or the image, else it renders as an empty bubble. */
    public record Layout(@Size(max = 200) String caption, @Size(max = 200) String subcaption,
            @Size(max = 200) String trailingCaption, @Size(max = 200) String trailingSubcaption, String imageUrl,
            @Size(max = 200) String imageTitle, @Size(max = 200) String imageSubtitle) {
    }

    /** An experience action (see {@code GET /api/experiences/{name}}) and its fields. */
    public record Experience(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 64) String action,
            Map<String, Object> params) {
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (layout != null) {
            if (Stream.of(layout.caption(), layout.subcaption(), layout.trailingCaption(), layout.trailingSubcaption(),
                    layout.imageUrl()).allMatch(v -> v == null || v.isBlank())) {
                violations.add(new Violation("layout", "needs a caption, subcaption, trailing caption or image_url"));
            }
            if ((layout.imageTitle() != null || layout.imageSubtitle() != null) && layout.imageUrl() == null) {
                violations.add(new Violation("layout.image_url", "is required with image_title or image_subtitle"));
            }
            if (layout.imageUrl() != null && !LinqLimits.isWebUrl(layout.imageUrl(), false)) {
                violations.add(new Violation("layout.image_url", "must be a public https URL of at most 2048 characters"));
            }
        }
        if (url != null && experience != null) {
            violations.add(new Violation("url", "give url or experience, not both"));
        }
        if (url != null && !LinqLimits.isWebUrl(url, false)) {
            violations.add(new Violation("url", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
