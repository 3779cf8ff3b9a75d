package dev.beacon.api.shared.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

/**
 * What a management resource of one item ({@code /api/v1/manage/sites/{site}/…/{id}}) shares: the site and the item
 * from its path, and the staff check every operation starts with.
 */
public abstract class ItemManageResource {

    @Inject
    protected StaffAccess access;

    @PathParam("site")
    protected String site;

    @PathParam("id")
    protected long id;
}
