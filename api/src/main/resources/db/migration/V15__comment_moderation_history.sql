-- Issue #14: moderators see what happened to a comment, and two moderators never both act on it blind.

-- Raised whenever a comment's state or approval changes (a moderator's decision, or hiding by reports): a moderator
-- names the version they saw in If-Match and a decision against another version is refused (412).
ALTER TABLE comment ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Who did what to a comment, when: every moderator decision and reply, and hiding by reports (staff NULL).
-- Kept when the author is erased (the comment row stays, as 'removed' or without its author).
CREATE TABLE comment_moderation_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint      NOT NULL REFERENCES site (id),
    comment_id  bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    action      text        NOT NULL CHECK (action IN ('approved', 'hidden', 'deleted', 'replied', 'hidden-by-reports')),
    staff       text,
    reply_id    bigint      REFERENCES comment (id) ON DELETE SET NULL,
    at          timestamptz NOT NULL,
    CHECK ((action = 'hidden-by-reports') = (staff IS NULL))
);
CREATE INDEX comment_moderation_log_comment ON comment_moderation_log (comment_id, id);
