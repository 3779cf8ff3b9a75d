package dev.beacon.api.content.preview;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentRevisionRepository;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentTranslationRepository;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.delivery.DraftPreviews;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.text.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/** Issues preview tokens for a translation's current revision, and reads the revision a token names. */
@ApplicationScoped
public class PreviewService {

    private final SiteDirectory sites;
    private final ContentItemRepository items;
    private final ContentTranslationRepository translations;
    private final ContentRevisionRepository revisions;
    private final PreviewTokens tokens;
    private final DraftPreviews drafts;
    private final Clock clock;

    @Inject
    PreviewService(
            SiteDirectory sites,
            ContentItemRepository items,
            ContentTranslationRepository translations,
            ContentRevisionRepository revisions,
            PreviewTokens tokens,
            DraftPreviews drafts,
            Clock clock) {
        this.sites = sites;
        this.items = items;
        this.translations = translations;
        this.revisions = revisions;
        this.tokens = tokens;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** A token and what it grants. */
    public record Issued(String token, PreviewTokens.Grant grant) {}

    @Transactional(TxType.SUPPORTS)
    public Issued issue(String siteSlug, long id, String locale) {
        SiteView site = sites.require(siteSlug);
        items.require(site.id(), id);
        ContentTranslation translation = translations.require(id, locale);
        PreviewTokens.Grant grant = tokens.grant(site.id(), id, locale, translation.currentRevision, clock.instant());
        return new Issued(tokens.sign(grant), grant);
    }

    /** The revision the token names, as delivery would send it; a forged, ended or other site's token is unknown. */
    @Transactional(TxType.SUPPORTS)
    public ContentResponse read(String siteSlug, String token, Platform channel) {
        SiteView site = sites.require(siteSlug);
        Instant now = clock.instant();
        PreviewTokens.Grant grant = tokens.read(token, now)
                .filter(g -> g.siteId() == site.id())
                .orElseThrow(() -> ProblemException.notFound("Preview", "token"));
        ContentItem item = items.require(site.id(), grant.itemId());
        ContentTranslation translation = translations.require(item.id, grant.locale());
        return drafts.read(
                site, item, grant.locale(), revisions.require(translation.id, grant.revision()), channel, now);
    }
}
