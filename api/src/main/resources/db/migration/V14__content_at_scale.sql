-- Content at scale (issue #18): reads whose cost does not grow with the number of items.

-- Accent-insensitive search ("saude" finds "saúde"): the contrib extension unaccent, in a copy of every built-in
-- text search configuration (beacon_english, beacon_portuguese, ...) that folds accents before stemming. Where the
-- extension cannot be created (not installed, or no right to create it), the copies are made without it and
-- search stays accent-sensitive; nothing else changes.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'unaccent is not available (%): search stays accent-sensitive', SQLERRM;
END
$$;

DO $$
DECLARE
    cfg record;
    has_unaccent boolean := EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent');
BEGIN
    FOR cfg IN
        SELECT c.cfgname, d.dictname
        FROM pg_ts_config c
        JOIN pg_ts_config_map m ON m.mapcfg = c.oid AND m.maptokentype = 1 AND m.mapseqno = 1 -- 1: asciiword
        JOIN pg_ts_dict d ON d.oid = m.mapdict
        WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
    LOOP
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)', 'beacon_' || cfg.cfgname,
                       cfg.cfgname);
        IF has_unaccent THEN
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR word, hword, hword_part'
                           || ' WITH unaccent, %I', 'beacon_' || cfg.cfgname, cfg.dictname);
        END IF;
    END LOOP;
END
$$;

-- The search vector of a published translation, in SQL so that the writer, this migration and bulk loads compute
-- it the same way: title (A), subtitle and tags (B), the text of the rendered body's blocks (C: text, alt, caption, list items).
CREATE FUNCTION beacon_search_vector(config regconfig, title text, subtitle text, tags text[], body json)
    RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector(config, title), 'A')
        || setweight(to_tsvector(config, coalesce(subtitle, '') || ' ' || array_to_string(tags, ' ')), 'B')
        || setweight(to_tsvector(config, coalesce((
            SELECT string_agg(t, E'\n')
            FROM (SELECT btrim(coalesce(b ->> 'text', '') || coalesce(b ->> 'alt', '')
                               || coalesce(' ' || (b ->> 'caption'), '')
                               || coalesce((SELECT string_agg(' ' || (i ->> 'text'), '')
                                            FROM json_array_elements(CASE json_typeof(b -> 'items')
                                                WHEN 'array' THEN b -> 'items' ELSE '[]'::json END) i), '')) AS t
                  FROM json_array_elements(body) b) blocks
            WHERE t <> ''), '')), 'C')
$$;

UPDATE published_content
SET search_config = ('beacon_' || search_config::text)::regconfig,
    search = beacon_search_vector(('beacon_' || search_config::text)::regconfig, title, subtitle, tags, body)
WHERE search_config::text NOT LIKE 'beacon\_%';

-- Lists in publishing order, newest first, with the item id as tie-break: the keyset of cursor paging
-- (after=), and the walk that stops after one page when most rows match.
CREATE INDEX published_content_feed ON published_content (site_id, published_at DESC, item_id DESC);
-- One section's children in publishing order.
CREATE INDEX published_content_parent_feed ON published_content (parent_id, published_at DESC, item_id DESC);
-- Locale fallback: "is there a live translation earlier in the chain?" is one probe per candidate row.
CREATE INDEX published_content_item_locale ON published_content (item_id, locale);
