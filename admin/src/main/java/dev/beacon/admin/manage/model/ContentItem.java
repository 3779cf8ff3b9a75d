package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** An item (drafts included) with the state of each of its translations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentItem(
        long id,
        String site,
        String type,
        Long parentId,
        Integer position,
        Instant featuredFrom,
        Instant featuredUntil,
        Long version,
        Instant updatedAt,
        List<TranslationSummary> translations) {

    public List<TranslationSummary> translations() {
        return translations == null ? List.of() : translations;
    }

    public TranslationSummary translation(String locale) {
        return translations().stream()
                .filter(t -> t.locale().equals(locale))
                .findFirst()
                .orElse(null);
    }

    /** A title to show: the first translation's (the api lists the default locale first), else the id. */
    public String title() {
        return translations().isEmpty() ? "#" + id : translations().get(0).title();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TranslationSummary(
            String locale,
            String title,
            String slug,
            String status,
            Integer currentRevision,
            Integer publishedRevision,
            Instant liveFrom,
            Instant liveUntil,
            Long version,
            Instant updatedAt) {

        /** Saved since the live revision: what readers see is older than the draft. */
        public boolean unpublishedChanges() {
            return publishedRevision != null && currentRevision != null && currentRevision > publishedRevision;
        }
    }
}
