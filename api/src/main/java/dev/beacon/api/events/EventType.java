package dev.beacon.api.events;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of change Beacon tells other systems about; {@link #value()} is the CloudEvents {@code type}. */
public enum EventType {
    CONTENT_PUBLISHED("content.published"),
    CONTENT_UNPUBLISHED("content.unpublished"),
    CONTENT_LIVE("content.live"),
    CONTENT_EXPIRED("content.expired"),
    COMMENT_CREATED("comment.created"),
    COMMENT_REPORTED("comment.reported"),
    COMMENT_HIDDEN("comment.hidden"),
    COMMENT_APPROVED("comment.approved"),
    COMMENT_DELETED("comment.deleted"),
    TIP_SUBMITTED("tip.submitted"),
    STORY_ENTRY_SUBMITTED("story.entry.submitted"),
    SURVEY_COMPLETED("survey.completed"),
    POLL_CLOSED("poll.closed"),
    PROFILE_ERASED("profile.erased"),
    NOTIFICATION_CREATED("notification.created");

    private final String value;

    EventType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<EventType> of(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }

    /** Content events: what the delivery change feed is made of. */
    public boolean isContent() {
        return value.startsWith("content.");
    }
}
