package dev.beacon.api.shared.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a public resource of one site that answers in a language shares: the site from its path, the locale asked for. */
public abstract class LocalisedSiteResource {

    @PathParam("site")
    protected String site;

    @QueryParam("locale")
    @Parameter(description = "Preferred locale; the site's fallback chain applies (pt-BR → pt → en)")
    protected String locale;
}
