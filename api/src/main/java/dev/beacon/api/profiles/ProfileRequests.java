package dev.beacon.api.profiles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person (through a channel) sends about themselves. */
public final class ProfileRequests {

    private ProfileRequests() {}

    /** A full replacement of the person's own fields; leave a field out to clear it. */
    public record ProfileUpdateRequest(
            @Size(min = 2, max = 30) String alias,

            @Size(max = 40) @Pattern(regexp = "^[a-z0-9-]*$", message = "must be an avatar key such as fox-1")
            String avatar,

            LocalDate dateOfBirth,
            @Size(max = 40) String gender,
            @Size(max = 80) String location) {}

    /** {@code withdrawn: true} records that the person takes the consent back. */
    public record ConsentRequest(
            @NotBlank @Size(max = 60) String document,
            @NotBlank @Size(max = 30) String version,
            Boolean withdrawn) {

        public ConsentRequest(String document, String version) {
            this(document, version, null);
        }
    }

    /** Web sign-up: a 4-digit PIN and one of the site's security questions (by key) with its answer, for recovery. */
    public record PinRequest(
            @NotBlank @Pattern(regexp = "^[0-9]{4}$", message = "must be 4 digits")
            String pin,

            @NotBlank @Size(max = 100) String securityQuestion,
            @NotBlank @Size(max = 100) String securityAnswer) {}

    /** PIN recovery: the alias, the answer to its security question, and the new PIN. */
    public record RecoverRequest(
            @NotBlank @Size(max = 30) String alias,
            @NotBlank @Size(max = 100) String securityAnswer,

            @NotBlank @Pattern(regexp = "^[0-9]{4}$", message = "must be 4 digits")
            String newPin) {}

    public record LinkRequest(
            @NotBlank @Pattern(regexp = "^[0-9]{8}$", message = "must be the 8-digit code")
            String code) {}

    public record SignInRequest(
            @NotBlank @Size(max = 30) String alias,

            @NotBlank @Pattern(regexp = "^[0-9]{4}$", message = "must be 4 digits")
            String pin) {}
}
