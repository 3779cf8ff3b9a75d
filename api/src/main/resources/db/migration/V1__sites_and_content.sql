-- Sites: one tenant each (a country's brand). Locales and settings are small documents validated by the service.
CREATE TABLE site (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text        NOT NULL,
    locales     jsonb       NOT NULL,
    settings    jsonb       NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- The content tree: sections hold sections and pages; every node is language-neutral.
CREATE TABLE content_item (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id         bigint      NOT NULL REFERENCES site (id),
    parent_id       bigint      REFERENCES content_item (id),
    type            text        NOT NULL CHECK (type IN ('section', 'article', 'page', 'banner')),
    position        integer     NOT NULL DEFAULT 0,
    featured_from   timestamptz,
    featured_until  timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (featured_until IS NULL OR featured_from IS NULL OR featured_until > featured_from)
);
CREATE INDEX content_item_tree ON content_item (site_id, parent_id, position);

-- A translation is the editable draft of one item in one locale; its history lives in content_revision.
CREATE TABLE content_translation (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id             bigint      NOT NULL REFERENCES content_item (id),
    locale              text        NOT NULL,
    title               text        NOT NULL,
    subtitle            text,
    slug                text        NOT NULL,
    body                jsonb       NOT NULL DEFAULT '[]',
    tags                text[]      NOT NULL DEFAULT '{}',
    seo                 jsonb,
    status              text        NOT NULL DEFAULT 'draft'
                                    CHECK (status IN ('draft', 'scheduled', 'published', 'expired')),
    current_revision    integer     NOT NULL,
    published_revision  integer,
    live_from           timestamptz,
    live_until          timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (item_id, locale),
    CHECK (live_until IS NULL OR live_from IS NULL OR live_until > live_from)
);

-- Every save is a revision; revisions are never changed, so history can be trusted.
CREATE TABLE content_revision (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    translation_id  bigint      NOT NULL REFERENCES content_translation (id),
    number          integer     NOT NULL,
    title           text        NOT NULL,
    subtitle        text,
    slug            text        NOT NULL,
    body            jsonb       NOT NULL,
    tags            text[]      NOT NULL,
    seo             jsonb,
    author          text,
    note            text,
    created_at      timestamptz NOT NULL,
    UNIQUE (translation_id, number)
);

CREATE FUNCTION content_revision_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'content revisions are immutable (revision % of translation %)', OLD.number, OLD.translation_id;
END
$$;
CREATE TRIGGER content_revision_immutable BEFORE UPDATE ON content_revision
    FOR EACH ROW EXECUTE FUNCTION content_revision_is_immutable();

-- The delivery snapshot: one denormalised row per published translation, already rendered, so a
-- delivery read is one indexed query and no rendering. Written only by publishing.
CREATE TABLE published_content (
    translation_id  bigint      PRIMARY KEY REFERENCES content_translation (id) ON DELETE CASCADE,
    item_id         bigint      NOT NULL REFERENCES content_item (id),
    site_id         bigint      NOT NULL REFERENCES site (id),
    parent_id       bigint,
    type            text        NOT NULL,
    position        integer     NOT NULL,
    locale          text        NOT NULL,
    revision        integer     NOT NULL,
    title           text        NOT NULL,
    subtitle        text,
    slug            text        NOT NULL,
    tags            text[]      NOT NULL,
    excerpt         text        NOT NULL,
    -- json, not jsonb: only ever sent as is, so keep the rendered bytes and their key order.
    body            json        NOT NULL,
    seo             json,
    search_config   regconfig   NOT NULL,
    search          tsvector    NOT NULL,
    live_from       timestamptz,
    live_until      timestamptz,
    featured_from   timestamptz,
    featured_until  timestamptz,
    published_at    timestamptz NOT NULL
);
CREATE INDEX published_content_site ON published_content (site_id, locale, published_at DESC);
CREATE INDEX published_content_item ON published_content (item_id);
CREATE INDEX published_content_parent ON published_content (site_id, parent_id);
CREATE INDEX published_content_tags ON published_content USING gin (tags);
CREATE INDEX published_content_search ON published_content USING gin (search);
CREATE INDEX published_content_slug ON published_content (site_id, slug);
