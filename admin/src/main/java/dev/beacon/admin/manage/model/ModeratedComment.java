package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A comment as the api's moderation queue shows it, with its reports and its version (for If-Match). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModeratedComment(
        long id,
        long itemId,
        Long parentId,
        String author,
        boolean moderator,
        String text,
        String state,
        boolean approved,
        long reportCount,
        Map<String, Long> reasons,
        List<Report> reports,
        Instant createdAt,
        Instant moderatedAt,
        String moderatedBy,
        long version) {

    public Map<String, Long> reasons() {
        return reasons == null ? Map.of() : reasons;
    }

    public List<Report> reports() {
        return reports == null ? List.of() : reports;
    }

    /** Hidden by reaching the report threshold, not by a moderator. */
    public boolean hiddenByReports() {
        return "hidden".equals(state) && moderatedBy == null;
    }

    /** A report as moderators see it: reason and note, never who. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(String reason, String note, Instant createdAt) {}

    /** One line of the comment's moderation history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String action, String by, Long replyId, Instant at) {}
}
