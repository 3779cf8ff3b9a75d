package dev.beacon.api.profiles;

import dev.beacon.api.profiles.ProfileResponses.ProfileResponse;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Site admins find the person a data request is about: by alias or by one of their channel identities. */
@Path("/api/v1/manage/sites/{site}/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: profiles")
public class ProfileSearchResource {

    @Inject
    ProfileService profiles;

    @Inject
    StaffAccess access;

    @GET
    @Operation(
            summary = "Find a profile by alias (any case) or channel identity (site admins); at most one matches",
            description = "Send exactly one of alias and identity. An empty list when nobody matches.")
    public List<ProfileResponse> find(
            @PathParam("site") String site,
            @QueryParam("alias") @Parameter(description = "the alias, in any case") String alias,
            @QueryParam("identity") @Parameter(description = "a channel identity such as whatsapp:15550100000")
                    String identity) {
        access.require(site, Right.ADMINISTER);
        boolean byAlias = alias != null && !alias.isBlank();
        boolean byIdentity = identity != null && !identity.isBlank();
        if (byAlias == byIdentity) {
            throw ProblemException.invalid(byAlias ? "identity" : "alias", "send either alias or identity");
        }
        return byAlias ? profiles.findByAlias(site, alias) : profiles.findByIdentity(site, identity);
    }
}
