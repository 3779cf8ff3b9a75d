package dev.beacon.api.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a site admin sends to register or change a webhook. */
public final class WebhookRequests {

    private WebhookRequests() {}

    @Schema(name = "WebhookCreateRequest")
    public record WebhookCreateRequest(
            @NotBlank
            @Size(max = 2000)
            @Schema(description = "http(s) URL on a public address", examples = "https://search.example.org/beacon")
            String url,

            @Size(max = 20)
            @Schema(description = "Event types to send (e.g. content.published); empty or absent for every type")
            List<@NotBlank String> eventTypes,

            @Size(max = 100)
            @Schema(
                    description =
                            "whsec_ followed by 24–64 bytes in base64; absent to have one made (shown once, in the answer)")
            String secret) {}

    @Schema(name = "WebhookUpdateRequest")
    public record WebhookUpdateRequest(
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 20) List<@NotBlank String> eventTypes,

            @Schema(description = "true re-enables a webhook that was disabled (by hand or after failures)")
            Boolean enabled,

            Long version) {}
}
