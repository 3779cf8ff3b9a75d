package dev.beacon.api.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the subject is, as fractions of the width and height from the top left; crops keep it in view. */
@Schema(name = "FocalPoint")
public record FocalPoint(
        @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {

    /** As stored (a {@code real}), rounded to three places so 0.3 reads 0.3, not 0.30000001192092896. */
    static FocalPoint of(float x, float y) {
        return new FocalPoint(Math.round(x * 1000) / 1000.0, Math.round(y * 1000) / 1000.0);
    }
}
