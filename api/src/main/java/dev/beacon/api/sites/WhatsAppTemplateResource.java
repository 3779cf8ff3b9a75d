package dev.beacon.api.sites;

import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import dev.beacon.api.sites.SiteSettings.WhatsAppTemplate;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A site's WhatsApp templates on their own (they are also {@code settings.whatsapp} of the site), so whoever keeps
 * them in step with WhatsApp Manager replaces them without resending the site's other settings. The version is the
 * site's.
 */
@Path("/api/v1/manage/sites/{site}/whatsapp-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: sites")
public class WhatsAppTemplateResource {

    @Inject
    SiteService service;

    @Inject
    StaffAccess access;

    /** The templates to keep, replacing all the site has; {@code version} (or If-Match) is the site's. */
    public record WhatsAppTemplatesRequest(
            @NotNull @Size(max = 200) List<@NotNull @Valid WhatsAppTemplate> templates, Long version) {}

    public record WhatsAppTemplatesResponse(List<WhatsAppTemplate> templates, long version) {

        static WhatsAppTemplatesResponse of(Site site) {
            return new WhatsAppTemplatesResponse(
                    site.settings.whatsappOrDefaults().templates(), site.version);
        }
    }

    @GET
    @Operation(summary = "Get a site's WhatsApp templates by purpose and locale")
    public RestResponse<WhatsAppTemplatesResponse> get(@PathParam("site") String slug) {
        access.require(slug, Right.READ);
        Site site = service.get(slug);
        return Versions.ok(WhatsAppTemplatesResponse.of(site), site.version);
    }

    @PUT
    @Operation(
            summary = "Replace a site's WhatsApp templates",
            description = "Each names a locale of the site, one per purpose and locale, and as many parameters as its"
                    + " body has placeholders {{1}}…{{n}}. Send If-Match (or version) to be refused with 412 when"
                    + " the site changed since you read it.")
    @APIResponse(responseCode = "200")
    public RestResponse<WhatsAppTemplatesResponse> replace(
            @PathParam("site") String slug,
            @Valid @NotNull WhatsAppTemplatesRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(slug, Right.ADMINISTER);
        Site site = service.replaceWhatsAppTemplates(
                slug, new SiteSettings.WhatsApp(request.templates()), Versions.expected(ifMatch, request.version()));
        return Versions.ok(WhatsAppTemplatesResponse.of(site), site.version);
    }
}
