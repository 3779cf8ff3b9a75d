package dev.beacon.admin.content;

import dev.beacon.admin.manage.ManageApi;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.signin.Staff;
import dev.beacon.admin.view.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/** What every content page works with: the page factory, the signed-in person and the management API. */
abstract class ContentResource {

    @Inject
    Pages pages;

    @Inject
    Staff staff;

    @Inject
    ManageApi api;

    /** The site (404 when the person has no role on it) and one of its languages (404 when it has no such one). */
    ManagedSite site(String slug, String locale) {
        ManagedSite site = pages.site(slug);
        if (site.locale(locale) == null) {
            throw new NotFoundException();
        }
        return site;
    }
}
