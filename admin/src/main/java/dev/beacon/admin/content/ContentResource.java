package dev.beacon.admin.content;

import dev.beacon.admin.manage.ManageApi;
import dev.beacon.admin.signin.Staff;
import dev.beacon.admin.view.Pages;
import jakarta.inject.Inject;

/** What every content page works with: the page factory, the signed-in person and the management API. */
abstract class ContentResource {

    @Inject
    Pages pages;

    @Inject
    Staff staff;

    @Inject
    ManageApi api;
}
