-- Comments on content, people's reports of them, moderation, and the notifications a reply sends.

-- The commenting state a section or article sets for itself and everything below it. No row: inherit from the
-- nearest ancestor with a row, else the site's settings. 'open' with a window is open between open_from and
-- open_until and closed outside it.
CREATE TABLE commenting_override (
    item_id     bigint      PRIMARY KEY REFERENCES content_item (id) ON DELETE CASCADE,
    state       text        NOT NULL CHECK (state IN ('open', 'closed', 'disabled')),
    open_from   timestamptz,
    open_until  timestamptz,
    updated_at  timestamptz NOT NULL,
    updated_by  text,
    CHECK (state = 'open' OR (open_from IS NULL AND open_until IS NULL)),
    CHECK (open_until IS NULL OR open_from IS NULL OR open_until > open_from)
);

-- A comment, kept exactly as written. root_id is the top-level comment of its thread (NULL for a top-level one),
-- so one query loads whole threads. author_alias is the alias at the time of writing (or the site's moderator
-- name); a moderator's deletion keeps the text for audit ('deleted', never delivered); erasure of the author
-- either drops the author (profile_id and alias NULL) or the text ('removed', text NULL).
CREATE TABLE comment (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES site (id),
    item_id            bigint      NOT NULL REFERENCES content_item (id),
    parent_id          bigint      REFERENCES comment (id),
    root_id            bigint      REFERENCES comment (id),
    profile_id         bigint      REFERENCES profile (id) ON DELETE SET NULL,
    author_alias       text,
    moderator          boolean     NOT NULL DEFAULT false,
    moderator_account  text,
    text               text        CHECK (char_length(text) BETWEEN 1 AND 2000),
    state              text        NOT NULL CHECK (state IN ('visible', 'hidden', 'deleted', 'removed')),
    approved           boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL,
    moderated_at       timestamptz,
    moderated_by       text,
    CHECK ((parent_id IS NULL) = (root_id IS NULL)),
    CHECK ((state = 'removed') = (text IS NULL)),
    CHECK (NOT moderator OR profile_id IS NULL)
);
CREATE INDEX comment_item_roots ON comment (item_id, created_at DESC) WHERE parent_id IS NULL;
CREATE INDEX comment_thread_of ON comment (root_id, created_at);
CREATE INDEX comment_parent ON comment (parent_id);
CREATE INDEX comment_profile ON comment (profile_id);
CREATE INDEX comment_moderation ON comment (site_id, state, created_at DESC);

-- One counter per item, raised by every change to its comments: a cached list knows it is stale with one
-- primary-key read, on every replica.
CREATE TABLE comment_thread (
    item_id  bigint PRIMARY KEY REFERENCES content_item (id) ON DELETE CASCADE,
    version  bigint NOT NULL
);

-- A person's report of a comment: one per person per comment. Counted under the comment's row lock, so the
-- automatic hiding at the site's threshold happens exactly once however many report at the same time.
CREATE TABLE comment_report (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id  bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    profile_id  bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    reason      text        NOT NULL CHECK (reason IN ('spam', 'offensive', 'bullying', 'other')),
    note        text        CHECK (char_length(note) <= 500),
    created_at  timestamptz NOT NULL,
    UNIQUE (comment_id, profile_id)
);
CREATE INDEX comment_report_profile ON comment_report (profile_id);

-- Something that happened for a person, for any channel to pick up: today a reply to their comment.
-- Goes with the profile on erasure; the ids are a cursor for channel adapters that poll.
CREATE TABLE notification (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint      NOT NULL REFERENCES site (id),
    profile_id   bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('reply')),
    item_id      bigint      NOT NULL REFERENCES content_item (id),
    comment_id   bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    in_reply_to  bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz
);
CREATE INDEX notification_profile ON notification (profile_id, id);
CREATE INDEX notification_site ON notification (site_id, id);
CREATE INDEX notification_comment ON notification (comment_id);
CREATE INDEX notification_in_reply_to ON notification (in_reply_to);
