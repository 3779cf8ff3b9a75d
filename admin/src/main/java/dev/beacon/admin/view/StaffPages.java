package dev.beacon.admin.view;

import dev.beacon.admin.manage.ManageApi;
import dev.beacon.admin.signin.Staff;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What every page class works with: the page factory, the signed-in person and the management API. */
public abstract class StaffPages {

    @Inject
    protected Pages pages;

    @Inject
    protected Staff staff;

    @Inject
    protected ManageApi api;

    /** A rendered page with its status, as UTF-8 HTML. */
    protected static Response html(int status, Object page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
