-- The plans of the delivery reads at the seeded size, as PublishedContentReader.list builds them (psql -f, against
-- beacon_scale after a run): EXPLAIN (ANALYZE, BUFFERS) of the statement each REST read runs.
\set ON_ERROR_STOP 1
SELECT id AS site FROM site WHERE slug = 'scale' \gset
SELECT item_id AS top FROM bench_seed_key WHERE key = 's0' \gset
\set now 'now()'
\set live '(p.live_from IS NULL OR p.live_from <= now()) AND (p.live_until IS NULL OR p.live_until > now())'
\set blive '(b.live_from IS NULL OR b.live_from <= now()) AND (b.live_until IS NULL OR b.live_until > now())'
\set cols 'item_id, type, parent_id, position, locale, revision, title, subtitle, slug, tags, excerpt, published_at, featured_from, featured_until'
\set notearlier 'NOT EXISTS (SELECT 1 FROM published_content b WHERE b.item_id = p.item_id AND b.locale = ANY(ARRAY[''pt'',''en'']) AND array_position(ARRAY[''pt'',''en''], b.locale) < array_position(ARRAY[''pt'',''en''], p.locale) AND ' :blive ')'

\echo '### list, first page (en): the feed index, one page and the count up to 1,001'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH page AS (SELECT :cols, 0 AS rank FROM published_content p
              WHERE p.site_id = :site AND p.locale = ANY(ARRAY['en']) AND :live AND p.type = 'article'
              ORDER BY published_at DESC, item_id DESC LIMIT 21 OFFSET 0),
     total AS (SELECT count(*) AS n FROM (SELECT 1 FROM published_content p
              WHERE p.site_id = :site AND p.locale = ANY(ARRAY['en']) AND :live AND p.type = 'article' LIMIT 1001) c)
SELECT page.*, total.n FROM total LEFT JOIN page ON true ORDER BY published_at DESC, item_id DESC;

\echo '### list, the page after a cursor 10,000 items deep (en)'
SELECT published_at AS at, item_id AS after_id FROM published_content
WHERE site_id = :site AND locale = 'en' AND type = 'article' ORDER BY published_at DESC, item_id DESC OFFSET 9999 LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols FROM published_content p
WHERE p.site_id = :site AND p.locale = ANY(ARRAY['en']) AND :live AND p.type = 'article'
  AND (p.published_at, p.item_id) < (:'at', :after_id)
ORDER BY published_at DESC, item_id DESC LIMIT 21;

\echo '### descendantOf a top section (en): the 26 parents of its subtree (SiteTree.parentsWithin)'
SELECT array_agg(item_id)::text AS parents FROM bench_seed_key WHERE key = 's0' OR key LIKE 's0.%' \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols FROM published_content p
WHERE p.site_id = :site AND p.locale = ANY(ARRAY['en']) AND :live
  AND p.parent_id = ANY(:'parents'::bigint[])
ORDER BY published_at DESC, item_id DESC LIMIT 21;

\echo '### search en, the most common word: relevance over the 500 newest matches'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH candidates AS (SELECT :cols, search, search_config FROM published_content p
                    WHERE p.site_id = :site AND p.locale = ANY(ARRAY['en']) AND :live
                      AND p.search @@ (websearch_to_tsquery('beacon_english', 'thenddroont')
                                       || to_tsquery('beacon_english', 'thenddroont:*'))
                    ORDER BY published_at DESC, item_id DESC LIMIT 500),
     page AS (SELECT *, ts_rank(search, websearch_to_tsquery('beacon_english', 'thenddroont')
                                        || to_tsquery('beacon_english', 'thenddroont:*')) AS rank
              FROM candidates ORDER BY rank DESC, published_at DESC, item_id DESC LIMIT 21)
SELECT item_id, title, rank FROM page;

\echo '### search pt (chain pt, en), a rare word: one GIN probe per language, the fallback checked per match'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols FROM published_content p
WHERE p.site_id = :site AND p.locale = ANY(ARRAY['pt', 'en']) AND :live
  AND ((p.search_config = 'beacon_portuguese'::regconfig
        AND p.search @@ (websearch_to_tsquery('beacon_portuguese', 'sêmzásês')
                         || to_tsquery('beacon_portuguese', 'sêmzásês:*')))
    OR (p.search_config = 'beacon_english'::regconfig
        AND p.search @@ (websearch_to_tsquery('beacon_english', 'sêmzásês')
                         || to_tsquery('beacon_english', 'sêmzásês:*'))))
  AND :notearlier
ORDER BY published_at DESC, item_id DESC LIMIT 21;
