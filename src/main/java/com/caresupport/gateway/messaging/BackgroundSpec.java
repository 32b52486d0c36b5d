package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A chat background, by Linq's rules: {@code photo} takes an https {@code image_url}; {@code color} a named
 * {@code variant}, or two hex {@code shades} (no variant, or {@code custom}); {@code dynamic} a {@code style}
 * and one of its variants.
 */
@ValidRequest
@Schema(description = "A chat background: color (variant or shades), dynamic (style and variant) or photo (image_url)",
        example = "{\"type\":\"dynamic\",\"style\":\"sky\",\"variant\":\"dusk\"}")
public record BackgroundSpec(@NotNull String type, String imageUrl, String variant, List<String> shades, String style)
        implements Checked {

    static final Set<String> COLORS = Set.of("mango", "ice", "plum", "deep_sea", "green_apple", "cherry", "bubblegum",
            "tangerine", "magenta", "lime", "silver", "carbon", "stone", "custom");
    static final Map<String, Set<String>> DYNAMIC = Map.of("sky", Set.of("dusk", "haze", "sunset", "clear", "sunrise",
            "dawn"), "water", Set.of("light", "dark"), "aurora", Set.of("green", "purple", "pink"));
    private static final Pattern HEX = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (type == null) {
            return violations;
        }
        switch (type) {
            case "photo" -> {
                if (imageUrl == null || !LinqLimits.isWebUrl(imageUrl, false)) {
                    violations.add(new Violation("image_url", "a photo background needs a public https image URL"));
                }
            }
            case "color" -> {
                if (variant != null && !COLORS.contains(variant)) {
                    violations.add(new Violation("variant", "must be one of " + COLORS));
                } else if (variant == null || variant.equals("custom")) {
                    if (shades == null || shades.size() != 2) {
                        violations.add(new Violation("shades", "a custom color needs two hex shades, top then bottom"));
                    } else {
                        for (int i = 0; i < 2; i++) {
                            if (shades.get(i) == null || !HEX.matcher(shades.get(i)).matches()) {
                                violations.add(new Violation("shades[" + i + "]", "must be a hex color such as #F2C4E1"));
                            }
                        }
                    }
                }
            }
            case "dynamic" -> {
                if (style == null || !DYNAMIC.containsKey(style)) {
                    violations.add(new Violation("style", "must be one of " + DYNAMIC.keySet()));
                } else if (variant == null || !DYNAMIC.get(style).contains(variant)) {
                    violations.add(new Violation("variant", "must be one of " + DYNAMIC.get(style) + " for " + style));
                }
            }
            default -> violations.add(new Violation("type", "must be color, dynamic or photo"));
        }
        return violations;
    }
}
