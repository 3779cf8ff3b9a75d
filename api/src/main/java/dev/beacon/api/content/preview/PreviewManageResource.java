package dev.beacon.api.content.preview;

import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A preview token for the current revision of a draft, for those who may edit the site. */
@Path("/api/v1/manage/sites/{site}/content/{id}/translations/{locale}/preview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: content")
public class PreviewManageResource {

    @Inject
    PreviewService previews;

    @Inject
    StaffAccess access;

    /** The token, the revision it shows, and when it ends. */
    @Schema(name = "PreviewToken")
    public record PreviewTokenResponse(
            @Schema(description = "Pass to GET /api/v1/sites/{site}/preview/{token}; read-only, this revision only")
            String token,

            String locale,
            int revision,
            Instant expiresAt) {}

    @POST
    @Operation(
            summary = "Get a preview token for the translation's current revision",
            description = "Lets a channel read this revision before it is published, until expiresAt"
                    + " (beacon.preview.ttl, 10 minutes by default). Later saves are not shown: ask for a new token.")
    public RestResponse<PreviewTokenResponse> issue(
            @PathParam("site") String site, @PathParam("id") long id, @PathParam("locale") String locale) {
        access.require(site, Right.EDIT);
        PreviewService.Issued issued = previews.issue(site, id, locale);
        return PrivateResponses.ok(new PreviewTokenResponse(
                issued.token(),
                issued.grant().locale(),
                issued.grant().revision(),
                issued.grant().expiresAt()));
    }
}
