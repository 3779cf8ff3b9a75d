package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.view.StaffPages;
import jakarta.ws.rs.NotFoundException;

/** What every content page works with ({@link StaffPages}), and the site and language in its path. */
abstract class ContentResource extends StaffPages {

    /** The site (404 when the person has no role on it) and one of its languages (404 when it has no such one). */
    ManagedSite site(String slug, String locale) {
        ManagedSite site = pages.site(slug);
        if (site.locale(locale) == null) {
            throw new NotFoundException();
        }
        return site;
    }
}
