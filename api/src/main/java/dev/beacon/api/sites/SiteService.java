package dev.beacon.api.sites;

import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.SiteRequests.SiteCreateRequest;
import dev.beacon.api.sites.SiteRequests.SiteUpdateRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class SiteService {

    @Inject
    SiteRepository sites;

    @Inject
    EntityManager em;

    @Inject
    ChangeNotifier notifier;

    @Inject
    Clock clock;

    @Transactional
    public Site create(SiteCreateRequest request) {
        Locales.validated(request.locales());
        if (sites.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A site with slug '" + request.slug() + "' already exists");
        }
        Site site = new Site();
        site.slug = request.slug();
        site.name = request.name().strip();
        site.locales = List.copyOf(request.locales());
        site.settings = settingsOrDefaults(request.settings(), request.locales());
        site.createdAt = clock.instant();
        site.updatedAt = site.createdAt;
        sites.persist(site);
        notifier.sitesChanged();
        return site;
    }

    @Transactional
    public Site update(String slug, SiteUpdateRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(slug);
        Versions.check(expectedVersion, site.version);
        Locales.validated(request.locales());
        refuseDroppingUsedLocales(site, request.locales());
        site.name = request.name().strip();
        site.locales = List.copyOf(request.locales());
        site.settings = settingsOrDefaults(request.settings(), request.locales());
        site.updatedAt = clock.instant();
        em.flush();
        notifier.sitesChanged();
        return site;
    }

    /** Replaces only the site's WhatsApp templates (the rest of its settings as they are). */
    @Transactional
    public Site replaceWhatsAppTemplates(String slug, SiteSettings.WhatsApp templates, Long expectedVersion) {
        Site site = sites.requireBySlug(slug);
        Versions.check(expectedVersion, site.version);
        WhatsAppTemplates.validate(templates.templates(), site.locales, "templates");
        site.settings = site.settings.withWhatsApp(templates);
        site.updatedAt = clock.instant();
        em.flush();
        notifier.sitesChanged();
        return site;
    }

    @Transactional(TxType.SUPPORTS)
    public Site get(String slug) {
        return sites.requireBySlug(slug);
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<Site> list(PageRequest page) {
        var query = sites.findAll(Sort.by("slug"));
        return PageResponse.of(query.page(page.page() - 1, page.size()).list(), page, query.count());
    }

    /** Only the named sites: what a staff member without platform rights may see. */
    @Transactional(TxType.SUPPORTS)
    public PageResponse<Site> list(PageRequest page, Set<String> slugs) {
        if (slugs.isEmpty()) {
            return PageResponse.of(List.of(), page, 0);
        }
        var query = sites.find("slug in ?1", Sort.by("slug"), slugs);
        return PageResponse.of(query.page(page.page() - 1, page.size()).list(), page, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public List<Site> all() {
        return sites.listAll(Sort.by("slug"));
    }

    private static SiteSettings settingsOrDefaults(SiteSettings settings, List<SiteLocale> locales) {
        if (settings != null && settings.bannedPatterns() != null) {
            TextPolicy.validatePatterns(settings.bannedPatterns());
        }
        if (settings != null
                && settings.whatsapp() != null
                && settings.whatsapp().templates() != null) {
            WhatsAppTemplates.validate(settings.whatsapp().templates(), locales, "settings.whatsapp.templates");
        }
        return settings == null ? SiteSettings.defaults() : settings.withDefaults();
    }

    /** Removing a locale would orphan its translations: refuse, and say which locale is still in use. */
    private void refuseDroppingUsedLocales(Site site, List<SiteLocale> proposed) {
        Set<String> kept = proposed.stream().map(SiteLocale::code).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        List<String> used =
                em.createNativeQuery("""
                SELECT DISTINCT t.locale FROM content_translation t JOIN content_item i ON i.id = t.item_id
                WHERE i.site_id = :site""").setParameter("site", site.id).getResultList();
        for (String locale : used) {
            if (!kept.contains(locale)) {
                throw ProblemException.conflict(
                        "Locale '" + locale + "' still has translations; move or delete them first");
            }
        }
    }
}
