package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a contact card to change; at least one. */
@ValidRequest
@Schema(description = "The contact card fields to change", example = "{\"first_name\":\"Nurse\"}")
public record ContactCardChange(@Size(min = 1, max = 100) String firstName, @Size(max = 100) String lastName,
        String imageUrl) implements Checked {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (firstName == null && lastName == null && imageUrl == null) {
            violations.add(new Violation("first_name", "give first_name, last_name or image_url"));
        }
        if (imageUrl != null && !LinqLimits.isWebUrl(imageUrl, false)) {
            violations.add(new Violation("image_url", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
