-- Media library: files editors upload once per site; every channel gets renditions of them.
CREATE TABLE media_asset (
    id             bigserial   PRIMARY KEY,
    site_id        bigint      NOT NULL REFERENCES site (id),
    kind           text        NOT NULL CHECK (kind IN ('image', 'audio', 'document')),
    media_type     text        NOT NULL,
    title          text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    -- Alt text per locale ({"en": "...", "pt": "..."}); images need it in a locale before an item in that locale
    -- that shows them is published.
    alt            jsonb       NOT NULL DEFAULT '{}',
    credit         text        CHECK (char_length(credit) <= 300),
    tags           text[]      NOT NULL DEFAULT '{}',
    -- Where the subject is, as fractions of width and height from the top left: crops keep it in view.
    focal_x        real        NOT NULL DEFAULT 0.5 CHECK (focal_x BETWEEN 0 AND 1),
    focal_y        real        NOT NULL DEFAULT 0.5 CHECK (focal_y BETWEEN 0 AND 1),
    -- The stored file: replacing it makes a new file version and a new hash (so new rendition URLs).
    file_version   integer     NOT NULL DEFAULT 1,
    file_key       text        NOT NULL,
    file_hash      text        NOT NULL,
    byte_size      bigint      NOT NULL,
    width          integer,
    height         integer,
    file_name      text,
    search         tsvector    GENERATED ALWAYS AS (
                       to_tsvector('simple', title || ' ' || coalesce(credit, '') || ' ' || coalesce(file_name, ''))
                   ) STORED,
    created_by     text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX media_asset_site ON media_asset (site_id, id DESC);
CREATE INDEX media_asset_tags ON media_asset USING gin (tags);
CREATE INDEX media_asset_search ON media_asset USING gin (search);

-- The bytes, when PostgreSQL is the store (the default): a plain database backup carries the media too.
CREATE TABLE media_blob (
    key         text        PRIMARY KEY,
    bytes       bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Renditions are made once and kept: one row per asset file, width, crop and format.
CREATE TABLE media_rendition (
    asset_id     bigint      NOT NULL REFERENCES media_asset (id) ON DELETE CASCADE,
    file_hash    text        NOT NULL,
    width        integer     NOT NULL,
    crop         text        NOT NULL,
    format       text        NOT NULL,
    file_key     text        NOT NULL,
    etag         text        NOT NULL,
    byte_size    integer     NOT NULL,
    quality      real        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (asset_id, file_hash, width, crop, format)
);
