package dev.beacon.api.sites;

import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import dev.beacon.api.sites.SiteRequests.SiteCreateRequest;
import dev.beacon.api.sites.SiteRequests.SiteUpdateRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/api/v1/manage/sites")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: sites")
public class SiteManageResource {

    @Inject
    SiteService service;

    @Inject
    StaffAccess access;

    @POST
    @Operation(summary = "Create a site (platform admins only)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the site",
            content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    @APIResponse(responseCode = "409", description = "A site with this slug already exists")
    public RestResponse<SiteResponse> create(@Valid @NotNull SiteCreateRequest request, UriInfo uri) {
        access.requirePlatformAdmin();
        Site site = service.create(request);
        return ResponseBuilder.<SiteResponse>created(
                        uri.getAbsolutePathBuilder().path(site.slug).build())
                .tag(Versions.etag(site.version))
                .entity(SiteResponse.of(site))
                .build();
    }

    @GET
    @Operation(summary = "List the sites you have a role on (all of them for a platform admin)")
    public PageResponse<SiteResponse> list(
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.requireStaff();
        PageRequest request = PageRequest.of(page, size);
        var visible = access.isPlatformAdmin() ? service.list(request) : service.list(request, access.sites());
        return visible.map(SiteResponse::of);
    }

    @GET
    @Path("{site}")
    @Operation(summary = "Get a site with its settings and version")
    public RestResponse<SiteResponse> get(@PathParam("site") String slug) {
        access.require(slug, Right.READ);
        Site site = service.get(slug);
        return ResponseBuilder.ok(SiteResponse.of(site))
                .tag(Versions.etag(site.version))
                .build();
    }

    @PUT
    @Path("{site}")
    @Operation(
            summary = "Replace a site's name, locales and settings",
            description =
                    "Send If-Match (or version) to be refused with 412 when someone changed the site since you read it.")
    @APIResponse(responseCode = "409", description = "A locale that content uses cannot be dropped")
    @APIResponse(responseCode = "200")
    public RestResponse<SiteResponse> update(
            @PathParam("site") String slug,
            @Valid @NotNull SiteUpdateRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(slug, Right.ADMINISTER);
        Site site = service.update(slug, request, Versions.expected(ifMatch, request.version()));
        return ResponseBuilder.ok(SiteResponse.of(site))
                .tag(Versions.etag(site.version))
                .build();
    }
}
