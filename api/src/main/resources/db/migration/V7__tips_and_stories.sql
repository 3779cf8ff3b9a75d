-- Tips: short texts people send; moderators publish, reject or feature them; editors turn one into an article.
CREATE TABLE tip (
    id            bigserial   PRIMARY KEY,
    site_id       bigint      NOT NULL REFERENCES site (id),
    -- NULL once the author is erased and the site keeps their writing without its author.
    profile_id    bigint      REFERENCES profile (id) ON DELETE SET NULL,
    text          text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 140),
    display_name  text        CHECK (char_length(display_name) BETWEEN 1 AND 40),
    locale        text,
    state         text        NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'published', 'rejected')),
    -- Only a published tip can be featured.
    featured      boolean     NOT NULL DEFAULT false CHECK (NOT featured OR state = 'published'),
    article_id    bigint      UNIQUE REFERENCES content_item (id),
    submitted_at  timestamptz NOT NULL,
    published_at  timestamptz,
    moderated_by  text
);
CREATE INDEX tip_delivery ON tip (site_id, state, featured DESC, published_at DESC, id DESC);
CREATE INDEX tip_profile ON tip (profile_id);

-- One helpful mark per profile per tip. An erased person's marks stay as anonymous counts (profile_id NULL;
-- NULLs never collide under UNIQUE).
CREATE TABLE tip_helpful (
    id          bigserial   PRIMARY KEY,
    tip_id      bigint      NOT NULL REFERENCES tip (id) ON DELETE CASCADE,
    profile_id  bigint      REFERENCES profile (id) ON DELETE SET NULL,
    marked_at   timestamptz NOT NULL,
    CONSTRAINT tip_helpful_once UNIQUE (tip_id, profile_id)
);
CREATE INDEX tip_helpful_profile ON tip_helpful (profile_id);

-- A story competition is a content item of type competition; this is its definition (dates, terms, length).
CREATE TABLE competition (
    item_id          bigint      PRIMARY KEY REFERENCES content_item (id),
    site_id          bigint      NOT NULL REFERENCES site (id),
    opens_at         timestamptz NOT NULL,
    closes_at        timestamptz NOT NULL,
    terms_document   text        NOT NULL CHECK (char_length(terms_document) BETWEEN 1 AND 60),
    terms_version    text        NOT NULL CHECK (char_length(terms_version) BETWEEN 1 AND 30),
    max_text_length  int         NOT NULL DEFAULT 5000 CHECK (max_text_length BETWEEN 1 AND 20000),
    version          bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL,
    CHECK (closes_at > opens_at)
);

CREATE TABLE story_entry (
    id              bigserial   PRIMARY KEY,
    competition_id  bigint      NOT NULL REFERENCES competition (item_id),
    site_id         bigint      NOT NULL REFERENCES site (id),
    profile_id      bigint      REFERENCES profile (id) ON DELETE SET NULL,
    title           text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    text            text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 20000),
    real_name       text        CHECK (char_length(real_name) BETWEEN 1 AND 100),
    hide_real_name  boolean     NOT NULL,
    terms_version   text        NOT NULL,
    state           text        NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'read', 'shortlisted', 'winner')),
    article_id      bigint      UNIQUE REFERENCES content_item (id),
    submitted_at    timestamptz NOT NULL,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX story_entry_competition ON story_entry (competition_id, state, submitted_at);
CREATE INDEX story_entry_profile ON story_entry (profile_id);
