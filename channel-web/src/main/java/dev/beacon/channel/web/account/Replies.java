package dev.beacon.channel.web.account;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.model.NotificationPage;
import dev.beacon.channel.kit.rest.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Replies to a person's comments, as the short list on their account page. */
@ApplicationScoped
public class Replies {

    /** The newest unread replies the account page lists. */
    static final int SHOWN = 5;

    @Inject
    BeaconCommunity community;

    /** The person's newest unread replies, or null when the site has comments off (the account page still works). */
    public NotificationPage unread(String site, String subject) {
        try {
            return community.notifications(site, subject, true, 1, SHOWN);
        } catch (ApiProblemException off) {
            return null;
        }
    }
}
