package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ProfileResponses.ProfileExportResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** GDPR requests handled by a site admin on a person's behalf. */
@Path("/api/v1/manage/sites/{site}/profiles/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: profiles")
public class ProfileManageResource {

    @Inject
    ProfileService profiles;

    @Inject
    StaffAccess access;

    @GET
    @Path("export")
    @Operation(summary = "Export everything held about a profile (site admins)")
    public ProfileExportResponse export(@PathParam("site") String site, @PathParam("id") long id) {
        access.require(site, Right.ADMINISTER);
        return profiles.exportById(site, id);
    }

    @DELETE
    @Operation(summary = "Erase a profile (site admins)")
    @APIResponse(responseCode = "204", description = "Erased")
    public RestResponse<Void> erase(@PathParam("site") String site, @PathParam("id") long id) {
        access.require(site, Right.ADMINISTER);
        profiles.eraseById(site, id, access.name());
        return RestResponse.noContent();
    }
}
