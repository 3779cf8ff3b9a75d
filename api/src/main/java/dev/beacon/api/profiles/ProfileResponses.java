package dev.beacon.api.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ProfileResponses {

    private ProfileResponses() {}

    /** The person as they see themselves. Never the PIN hash or the security answers. */
    public record ProfileResponse(
            long id,
            String alias,
            String avatar,
            LocalDate dateOfBirth,
            String gender,
            String location,
            boolean hasPin,
            List<String> identities,
            long version,
            Instant createdAt) {

        static ProfileResponse of(Profile p, List<ChannelIdentity> identities) {
            return new ProfileResponse(
                    p.id,
                    p.alias,
                    p.avatar,
                    p.dateOfBirth,
                    p.gender,
                    p.location,
                    p.pinHash != null,
                    identities.stream().map(ChannelIdentity::subject).sorted().toList(),
                    p.version,
                    p.createdAt);
        }
    }

    /** {@code acceptedAt} is when this record was made; {@code withdrawn} records take the consent back. */
    public record ConsentResponse(
            String document, String version, String channel, Instant acceptedAt, boolean withdrawn) {

        static ConsentResponse of(Consent c) {
            return new ConsentResponse(c.document, c.version, c.channel, c.acceptedAt, c.withdrawn);
        }
    }

    /** A one-time code to type on another channel to link it to this profile. */
    public record LinkCodeResponse(String code, Instant expiresAt) {}

    /** Everything about a person; {@code activity} holds each community feature's part, by section name. */
    @Schema(name = "ProfileExport")
    public record ProfileExportResponse(
            String site,
            ProfileResponse profile,
            List<ConsentResponse> consents,
            List<String> securityQuestions,
            java.util.Map<String, Object> activity,
            Instant exportedAt) {}
}
