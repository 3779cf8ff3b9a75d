package dev.beacon.admin.sites;

import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.view.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The sites a person may work on, and the switch between them. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {

    @Inject
    Pages pages;

    @Inject
    @Location("sites.html")
    Template sites;

    @Inject
    @Location("site.html")
    Template site;

    /** Straight to the work when there is one site; the list otherwise. */
    @GET
    public Response home() {
        List<ManagedSite> mine = pages.sites();
        if (mine.size() == 1) {
            return Response.seeOther(URI.create(SiteLinks.content(mine.get(0).slug())))
                    .build();
        }
        return Response.ok(list()).build();
    }

    @GET
    @Path("sites")
    public TemplateInstance list() {
        return sites.data("p", pages.page("sites.title", null));
    }

    /** The site switcher's form: only a site of the person's own is followed. */
    @GET
    @Path("sites/go")
    public Response go(@QueryParam("site") String slug) {
        ManagedSite chosen = pages.site(slug == null ? "" : slug);
        return Response.seeOther(URI.create(SiteLinks.content(chosen.slug()))).build();
    }

    @GET
    @Path("sites/{site}")
    public TemplateInstance site(@PathParam("site") String slug) {
        ManagedSite chosen = pages.site(slug);
        return site.data("p", pages.page(pages.texts(), chosen.name(), chosen));
    }
}
