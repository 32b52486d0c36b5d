package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line's contact card: the name (and photo) recipients see when the line shares its card. */
@ValidRequest
@Schema(description = "A line's contact card",
        example = "{\"phone_number\":\"+15555550100\",\"first_name\":\"Care\",\"last_name\":\"Team\"}")
public record ContactCardSpec(@NotBlank @E164 String phoneNumber, @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName, String imageUrl) implements Checked {

    @Override
    public List<Violation> violations() {
        if (imageUrl != null && !LinqLimits.isWebUrl(imageUrl, false)) {
            return List.of(new Violation("image_url", "must be a public https URL of at most 2048 characters"));
        }
        return List.of();
    }
}
