package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One revision of a translation: in full from {@code GET …/revisions/{number}}, or its summary from the list (then
 * the content fields are null). Revisions are immutable; restoring one saves its content as a new revision.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Revision(
        int number,
        String title,
        String subtitle,
        String slug,
        List<Block> body,
        List<String> tags,
        Map<String, JsonNode> channels,
        String author,
        String note,
        Instant createdAt,
        boolean published) {

    public List<Block> body() {
        return body == null ? List.of() : body;
    }

    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    public Map<String, JsonNode> channels() {
        return channels == null ? Map.of() : channels;
    }
}
