package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A file to pre-upload: Linq takes up to 100 MB of one of its supported content types. */
@ValidRequest
public record AttachmentSpec(
        @NotBlank @Size(max = 255) String filename,
        @NotBlank String contentType,
        @NotNull @Positive @Max(value = LinqLimits.MAX_UPLOAD_BYTES, message = "must be at most 104857600 (100 MB)")
        Long sizeBytes) implements Checked {

    @Override
    public List<Violation> violations() {
        if (contentType != null && !LinqLimits.CONTENT_TYPES.contains(contentType)) {
            return List.of(new Violation("content_type", "is not a content type Linq accepts"));
        }
        return List.of();
    }
}
