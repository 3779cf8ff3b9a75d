-- Bulk seeding of the `scale` site, run by seed.py (which fills in the {placeholders}). Produces the rows the api
-- writes when an editor creates an item (content_item, content_translation, content_revision 1) and publishes it
-- (published_revision 1, status published, version 1, and the published_content snapshot row). Ids come from the
-- tables' own identity sequences. The snapshot's search vector is computed with the expression
-- PublishedContentWriter uses: through beacon_search_vector() when the schema has it, else the same expression
-- inline (the schema before it had one).
\set ON_ERROR_STOP 1
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'beacon_search_vector') AS has_search_fn \gset
-- Locales.searchConfig: beacon_<language> since V14, the built-in configuration before
\if :has_search_fn
\set cfg_prefix beacon_
\else
\set cfg_prefix ''
\endif
BEGIN;
CREATE TABLE IF NOT EXISTS bench_seed_key (key text PRIMARY KEY, item_id bigint NOT NULL);
CREATE UNLOGGED TABLE bench_seed_row (
    key text, parent text, position int, locale text, title text, subtitle text, slug text, body jsonb,
    rendered text, tags text[], excerpt text, type text, at timestamptz);
CREATE TEMP TABLE seed_in (
    key text, parent text, position int, locale text, title text, subtitle text, slug text, body jsonb,
    rendered text, tags text[], excerpt text) ON COMMIT DROP;
CREATE TEMP TABLE art_in (
    n int, parent text, locale text, title text, subtitle text, slug text, body jsonb, rendered text,
    tags text[], excerpt text) ON COMMIT DROP;
{copy_sections}
\copy art_in FROM '{articles}'

-- Sections first (their own order: a parent before its children), then the articles, numbered n.
INSERT INTO bench_seed_row
SELECT key, parent, position, locale, title, subtitle, slug, body, rendered, tags, excerpt, 'section',
       timestamptz '2019-12-31 00:00:00+00'
FROM seed_in;
INSERT INTO bench_seed_row
SELECT 'a' || n, parent, NULL, locale, title, subtitle, slug, body, rendered, tags, excerpt, 'article',
       -- one article every 20 minutes from 2020 on: the newest are the highest numbers
       timestamptz '2020-01-01 00:00:00+00' + n * interval '20 minutes'
FROM art_in;

INSERT INTO bench_seed_key (key, item_id)
SELECT key, nextval(pg_get_serial_sequence('content_item', 'id'))
FROM (SELECT DISTINCT ON (key) key, type, parent FROM bench_seed_row ORDER BY key) k
ORDER BY type DESC, length(key), key;

-- Positions follow the service: the number of siblings already there when the item is created.
INSERT INTO content_item (id, site_id, parent_id, type, position, featured_from, featured_until, version,
                          created_at, updated_at) OVERRIDING SYSTEM VALUE
SELECT k.item_id, s.id, pk.item_id, r.type,
       coalesce(r.position,
                (SELECT count(*) FROM content_item c WHERE c.site_id = s.id AND c.parent_id = pk.item_id)
                    + row_number() OVER (PARTITION BY r.parent ORDER BY k.item_id) - 1),
       NULL, NULL, 0, r.at, r.at
FROM (SELECT DISTINCT ON (key) * FROM bench_seed_row ORDER BY key, locale) r
JOIN bench_seed_key k ON k.key = r.key
LEFT JOIN bench_seed_key pk ON pk.key = r.parent
CROSS JOIN (SELECT id FROM site WHERE slug = '{site}') s
ORDER BY k.item_id;

INSERT INTO content_translation (item_id, locale, title, subtitle, slug, body, tags, seo, status, current_revision,
                                 published_revision, live_from, live_until, version, created_at, updated_at, channels)
SELECT k.item_id, r.locale, r.title, r.subtitle, r.slug, r.body, r.tags, NULL, 'published', 1, 1, NULL, NULL, 1,
       r.at, r.at, NULL
FROM bench_seed_row r JOIN bench_seed_key k ON k.key = r.key
ORDER BY k.item_id, r.locale;

INSERT INTO content_revision (translation_id, number, title, subtitle, slug, body, tags, seo, author, note,
                              created_at, channels)
SELECT t.id, 1, r.title, r.subtitle, r.slug, r.body, r.tags, NULL, 'bench', NULL, r.at, NULL
FROM bench_seed_row r JOIN bench_seed_key k ON k.key = r.key
JOIN content_translation t ON t.item_id = k.item_id AND t.locale = r.locale
ORDER BY t.id;

INSERT INTO published_content (translation_id, item_id, site_id, parent_id, type, position, locale, revision, title,
                               subtitle, slug, tags, excerpt, body, seo, search_config, search, live_from, live_until,
                               featured_from, featured_until, published_at, channels)
SELECT t.id, i.id, i.site_id, i.parent_id, i.type, i.position, t.locale, 1, t.title, t.subtitle, t.slug, t.tags,
       r.excerpt, r.rendered::json, NULL, v.config,
\if :has_search_fn
       beacon_search_vector(v.config, t.title, t.subtitle, t.tags, r.rendered::json),
\else
       setweight(to_tsvector(v.config, t.title), 'A')
           || setweight(to_tsvector(v.config, coalesce(t.subtitle, '') || ' ' || array_to_string(t.tags, ' ')), 'B')
           || setweight(to_tsvector(v.config, (SELECT string_agg(b ->> 'text', E'\n')
                                              FROM json_array_elements(r.rendered::json) b)), 'C'),
\endif
       NULL, NULL, NULL, NULL, r.at, NULL
FROM bench_seed_row r JOIN bench_seed_key k ON k.key = r.key
JOIN content_item i ON i.id = k.item_id
JOIN content_translation t ON t.item_id = i.id AND t.locale = r.locale
CROSS JOIN LATERAL (SELECT CAST(:'cfg_prefix' || CASE t.locale WHEN 'en' THEN 'english' ELSE 'portuguese' END AS regconfig)
                           AS config) v;

DROP TABLE bench_seed_row;
COMMIT;
ANALYZE content_item;
ANALYZE content_translation;
ANALYZE content_revision;
ANALYZE published_content;
