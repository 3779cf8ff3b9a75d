package dev.beacon.api.media;

import dev.beacon.api.media.MediaInspector.Inspected;
import dev.beacon.api.media.MediaRequests.MediaMetadataRequest;
import dev.beacon.api.media.MediaResponses.MediaResponse;
import dev.beacon.api.shared.error.Problem;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The media library of a site: upload, describe, find, replace the file, delete when nothing uses it. */
@ApplicationScoped
public class MediaService {

    @Inject
    SiteRepository sites;

    @Inject
    MediaInspector inspector;

    @Inject
    MediaStorage storage;

    @Inject
    RenditionService renditions;

    @Inject
    MediaUsage usage;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public MediaResponse upload(
            String siteSlug, byte[] bytes, String fileName, MediaMetadataRequest metadata, String author) {
        Site site = sites.requireBySlug(siteSlug);
        checkLocales(site, metadata);
        Inspected file = inspector.inspect(bytes);
        Instant now = clock.instant();
        MediaAsset a = new MediaAsset();
        a.siteId = site.id;
        a.kind = file.type().kind;
        a.createdBy = author;
        a.createdAt = now;
        a.fileVersion = 0;
        describe(a, metadata);
        store(a, file, fileName, now);
        em.persist(a);
        em.flush();
        return response(site.slug, a, null);
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<MediaResponse> list(String siteSlug, String q, String tag, String kind, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        MediaKind k = kind(kind);
        StringBuilder where = new StringBuilder(" WHERE site_id = :site");
        if (k != null) {
            where.append(" AND kind = :kind");
        }
        String t = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (t != null) {
            where.append(" AND CAST(:tag AS text) = ANY(tags)");
        }
        String words = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        if (words != null) {
            where.append(" AND (lower(title) LIKE :q OR lower(coalesce(credit, '')) LIKE :q"
                    + " OR lower(coalesce(file_name, '')) LIKE :q OR CAST(:word AS text) = ANY(tags))");
        }
        jakarta.persistence.Query select = em.createNativeQuery(
                "SELECT id FROM media_asset" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        jakarta.persistence.Query count = em.createNativeQuery("SELECT count(*) FROM media_asset" + where);
        for (jakarta.persistence.Query query : List.of(select, count)) {
            query.setParameter("site", site.id);
            if (k != null) {
                query.setParameter("kind", k.name());
            }
            if (t != null) {
                query.setParameter("tag", t);
            }
            if (words != null) {
                query.setParameter(
                        "q",
                        "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                query.setParameter("word", words);
            }
        }
        select.setParameter("limit", page.size()).setParameter("offset", page.offset());
        List<MediaResponse> items = ((List<?>) select.getResultList())
                .stream()
                        .map(id -> em.find(MediaAsset.class, ((Number) id).longValue()))
                        .map(a -> response(site.slug, a, null))
                        .toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return PageResponse.of(items, page, total);
    }

    @Transactional(TxType.SUPPORTS)
    public MediaResponse get(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        MediaAsset a = require(site.id, id);
        return response(site.slug, a, usage.of(site.id, a.id));
    }

    @Transactional
    public MediaResponse update(String siteSlug, long id, MediaMetadataRequest metadata) {
        Site site = sites.requireBySlug(siteSlug);
        checkLocales(site, metadata);
        MediaAsset a = require(site.id, id);
        describe(a, metadata);
        a.updatedAt = clock.instant();
        em.flush();
        usage.republish(site.id, a.id);
        return response(site.slug, a, usage.of(site.id, a.id));
    }

    /** A new file for the same asset: items keep pointing at the asset and get the new file's URLs. */
    @Transactional
    public MediaResponse replace(String siteSlug, long id, byte[] bytes, String fileName) {
        Site site = sites.requireBySlug(siteSlug);
        MediaAsset a = require(site.id, id);
        Inspected file = inspector.inspect(bytes);
        if (file.type().kind != a.kind) {
            throw MediaInspector.refused(
                    "this asset is " + a.kind + "; its file can only be replaced by another " + a.kind);
        }
        List<String> old = keys(a);
        renditions.forget(a);
        store(a, file, fileName, clock.instant());
        em.flush();
        old.forEach(storage::delete);
        em.createNativeQuery("DELETE FROM media_rendition WHERE asset_id = ?1 AND file_hash <> ?2")
                .setParameter(1, a.id)
                .setParameter(2, a.fileHash)
                .executeUpdate();
        usage.republish(site.id, a.id);
        return response(site.slug, a, usage.of(site.id, a.id));
    }

    @Transactional
    public void delete(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        MediaAsset a = require(site.id, id);
        List<MediaUse> users = usage.of(site.id, a.id);
        if (!users.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                MediaUse u = users.get(i);
                errors.add(new Problem.FieldError(
                        "usedBy[" + i + "]", "item " + u.itemId() + " (" + u.locale() + "): " + u.title()));
            }
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "Media " + id + " is used by "
                            + users.stream()
                                    .map(u -> "item " + u.itemId() + " (" + u.locale() + ") '" + u.title() + "'")
                                    .distinct()
                                    .toList()
                            + "; remove it from them first",
                    errors);
        }
        List<String> old = keys(a);
        renditions.forget(a);
        em.remove(a);
        em.flush();
        old.forEach(storage::delete);
    }

    /** The asset, if it is this site's; used by delivery too. */
    public MediaAsset require(long siteId, long id) {
        MediaAsset a = em.find(MediaAsset.class, id);
        if (a == null || a.siteId != siteId) {
            throw ProblemException.notFound("Media", id);
        }
        return a;
    }

    private List<String> keys(MediaAsset a) {
        List<String> keys = new ArrayList<>();
        keys.add(a.fileKey);
        @SuppressWarnings("unchecked")
        List<String> made = em.createNativeQuery("SELECT file_key FROM media_rendition WHERE asset_id = ?1")
                .setParameter(1, a.id)
                .getResultList();
        keys.addAll(made);
        return keys;
    }

    private void store(MediaAsset a, Inspected file, String fileName, Instant now) {
        a.fileVersion = a.fileVersion + 1;
        a.mediaType = file.type().mediaType;
        a.fileHash = sha256(file.bytes());
        // per asset, not by hash alone: two assets with the same bytes must not share (and delete) one file
        a.fileKey = "f/" + a.siteId + "/" + java.util.UUID.randomUUID() + "." + file.type().extension;
        a.byteSize = file.bytes().length;
        a.width = file.width();
        a.height = file.height();
        a.fileName = cleanName(fileName);
        a.updatedAt = now;
        storage.put(a.fileKey, file.bytes());
    }

    private static void describe(MediaAsset a, MediaMetadataRequest m) {
        a.title = m.title().strip();
        Map<String, String> alt = new LinkedHashMap<>();
        if (m.alt() != null) {
            m.alt().forEach((locale, text) -> {
                if (!text.isBlank()) {
                    alt.put(locale, text.strip());
                }
            });
        }
        a.alt = alt;
        a.credit =
                m.credit() == null || m.credit().isBlank() ? null : m.credit().strip();
        a.tags = m.tags() == null
                ? List.of()
                : m.tags().stream()
                        .map(t -> t.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        FocalPoint f = m.focalPoint();
        a.focalX = f == null ? 0.5f : f.x().floatValue();
        a.focalY = f == null ? 0.5f : f.y().floatValue();
    }

    private static void checkLocales(Site site, MediaMetadataRequest m) {
        if (m.alt() != null) {
            for (String locale : m.alt().keySet()) {
                if (!site.localeChains().contains(locale)) {
                    throw ProblemException.invalid(
                            "alt." + locale, "'" + locale + "' is not one of the site's locales");
                }
            }
        }
    }

    private static MediaKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return MediaKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be image, audio or document");
        }
    }

    /** Only the last path segment, printable, at most 200 characters: a name to show, never a path. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    MediaResponse response(String site, MediaAsset a, List<MediaUse> usedBy) {
        return new MediaResponse(
                a.id,
                a.kind,
                a.mediaType,
                a.title,
                a.alt,
                a.credit,
                a.tags,
                FocalPoint.of(a.focalX, a.focalY),
                a.fileVersion,
                a.byteSize,
                a.width,
                a.height,
                a.fileName,
                MediaUrls.original(site, a),
                MediaUrls.renditions(site, a),
                a.createdBy,
                a.createdAt,
                a.updatedAt,
                usedBy);
    }
}
