package dev.beacon.admin.view;

import dev.beacon.admin.manage.ManageApi;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.signin.Staff;
import dev.beacon.admin.signin.StaffMember;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/**
 * Builds the {@link Page} of this request. The sites come from the api with the person's token, so the switcher
 * lists exactly the sites they have a role on; a site they have none on is "not found" (the api answers 403 for it
 * whether or not it exists, and so does this app).
 */
@RequestScoped
public class Pages {

    public static final String LANGUAGE_COOKIE = "beacon_admin_lang";

    /** Where quarkus-rest-csrf's filter leaves this request's token (its {@code CsrfTokenParameterProvider} reads it). */
    private static final String CSRF_TOKEN = "csrf_token";

    @Inject
    Staff staff;

    @Inject
    HttpServerRequest request;

    @Inject
    ManageApi api;

    @Inject
    RoutingContext routing;

    private List<ManagedSite> sites;

    public Texts texts() {
        Cookie chosen = request.getCookie(LANGUAGE_COOKIE);
        if (chosen != null && Texts.LANGUAGES.contains(chosen.getValue())) {
            return Texts.of(chosen.getValue());
        }
        return Texts.of(Texts.negotiate(request.getHeader("Accept-Language")));
    }

    /** The sites the signed-in person has a role on (one call per request). */
    public List<ManagedSite> sites() {
        if (sites == null) {
            sites = staff.current().isEmpty()
                    ? List.of()
                    : api.sites(staff.bearer(), 1, 100).items();
        }
        return sites;
    }

    /** For error pages: the switcher must not fail the page that says the api failed. */
    private List<ManagedSite> sitesOrNone() {
        try {
            return sites();
        } catch (RuntimeException apiFailed) {
            return List.of();
        }
    }

    public ManagedSite site(String slug) {
        return sites().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow(NotFoundException::new);
    }

    /** A page with a title key of the interface texts. */
    public Page page(String titleKey, ManagedSite site) {
        Texts texts = texts();
        return page(texts, texts.get(titleKey), site);
    }

    public Page page(Texts texts, String title, ManagedSite site) {
        StaffMember member = staff.current().orElse(null);
        String path = request.uri();
        return new Page(
                texts,
                title,
                member,
                member == null ? List.of() : sitesOrNone(),
                site,
                staff.rights(),
                path == null || !path.startsWith("/") ? "/" : path,
                routing.get(CSRF_TOKEN) != null);
    }
}
