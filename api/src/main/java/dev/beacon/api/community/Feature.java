package dev.beacon.api.community;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.api.sites.SiteSettings;

/**
 * The community features a site can turn off in {@code settings.features}. A site that says nothing about one has
 * it on. Polls and reaction questions are one feature: {@link #polls}.
 */
public enum Feature {
    comments,
    polls,
    surveys,
    tips,
    stories;

    public boolean isOn(SiteSettings.Features features) {
        if (features == null) {
            return true;
        }
        Boolean on = switch (this) {
            case comments -> features.comments();
            case polls -> features.polls();
            case surveys -> features.surveys();
            case tips -> features.tips();
            case stories -> features.stories();
        };
        return on == null || on;
    }

    /** Refuses with {@code feature-off} when the site has turned this feature off. */
    public void requireOn(SiteSettings.Features features) {
        if (!isOn(features)) {
            throw ProblemException.featureOff(name());
        }
    }

    public void requireOn(SiteView site) {
        requireOn(site.response().features());
    }
}
