-- Polls: the language-neutral definition of a content item of type poll (its question is each translation's title).
CREATE TABLE poll (
    item_id            bigint      PRIMARY KEY REFERENCES content_item (id),
    site_id            bigint      NOT NULL REFERENCES site (id),
    kind               text        NOT NULL CHECK (kind IN ('single', 'multiple', 'text', 'number')),
    randomise_choices  boolean     NOT NULL DEFAULT false,
    results            text        NOT NULL CHECK (results IN ('afterVoting', 'never')),
    results_as         text        NOT NULL CHECK (results_as IN ('counts', 'percentages')),
    opens_at           timestamptz,
    closes_at          timestamptz,
    short_name         text        NOT NULL CHECK (short_name ~ '^[a-z][a-z0-9_]{0,39}$'),
    min_choices        integer     CHECK (min_choices >= 1),
    max_choices        integer     CHECK (max_choices >= 1),
    version            bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL,
    CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at),
    CHECK (min_choices IS NULL OR max_choices IS NULL OR max_choices >= min_choices)
);
CREATE INDEX poll_site ON poll (site_id);

-- The choices of a poll, in editor order. Keys are stable: votes point at them, so a choice with votes cannot go.
CREATE TABLE poll_choice (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    poll_id     bigint  NOT NULL REFERENCES poll (item_id) ON DELETE CASCADE,
    key         text    NOT NULL CHECK (key ~ '^[a-z0-9-]{1,40}$'),
    position    integer NOT NULL,
    short_name  text    NOT NULL CHECK (short_name ~ '^[a-z][a-z0-9_]{0,39}$'),
    labels      jsonb   NOT NULL,
    UNIQUE (poll_id, key)
);

-- One vote per profile per poll, whatever the translation it came from (the locale is kept for statistics).
-- Erasure sets profile_id NULL: the vote stays as an anonymous count (NULLs never collide in the UNIQUE).
CREATE TABLE poll_vote (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    poll_id        bigint      NOT NULL REFERENCES poll (item_id),
    profile_id     bigint      REFERENCES profile (id) ON DELETE SET NULL,
    locale         text        NOT NULL,
    text_answer    text        CHECK (length(text_answer) <= 2000),
    number_answer  numeric,
    created_at     timestamptz NOT NULL,
    UNIQUE (poll_id, profile_id)
);
CREATE INDEX poll_vote_profile ON poll_vote (profile_id);

-- The choices of a vote. The foreign key to (poll, key) refuses to drop a choice that has votes.
CREATE TABLE poll_vote_choice (
    vote_id     bigint NOT NULL REFERENCES poll_vote (id) ON DELETE CASCADE,
    poll_id     bigint NOT NULL,
    choice_key  text   NOT NULL,
    PRIMARY KEY (vote_id, choice_key),
    FOREIGN KEY (poll_id, choice_key) REFERENCES poll_choice (poll_id, key)
);
CREATE INDEX poll_vote_choice_counts ON poll_vote_choice (poll_id, choice_key);

-- A reaction question under an article: emoji or image choices and a thank-you, per locale.
CREATE TABLE reaction_question (
    item_id     bigint      PRIMARY KEY REFERENCES content_item (id),
    site_id     bigint      NOT NULL REFERENCES site (id),
    question    jsonb       NOT NULL,
    thank_you   jsonb       NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE reaction_choice (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     bigint  NOT NULL REFERENCES reaction_question (item_id) ON DELETE CASCADE,
    key         text    NOT NULL CHECK (key ~ '^[a-z0-9-]{1,40}$'),
    position    integer NOT NULL,
    emoji       text,
    image_url   text    CHECK (image_url ~ '^https://'),
    labels      jsonb   NOT NULL,
    UNIQUE (item_id, key),
    CHECK ((emoji IS NULL) <> (image_url IS NULL))
);

-- One reaction per profile per article; erasure keeps it as an anonymous count.
CREATE TABLE reaction (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     bigint      NOT NULL,
    profile_id  bigint      REFERENCES profile (id) ON DELETE SET NULL,
    choice_key  text        NOT NULL,
    locale      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (item_id, profile_id),
    FOREIGN KEY (item_id, choice_key) REFERENCES reaction_choice (item_id, key)
);
CREATE INDEX reaction_counts ON reaction (item_id, choice_key);
CREATE INDEX reaction_profile ON reaction (profile_id);
