-- Polls, surveys and story competitions are content: translated, placed in the tree, published like articles.
ALTER TABLE content_item DROP CONSTRAINT content_item_type_check;
ALTER TABLE content_item ADD CONSTRAINT content_item_type_check
    CHECK (type IN ('section', 'article', 'page', 'banner', 'poll', 'survey', 'competition'));

-- One row per rate-limited write of a person (a comment, a tip, a story), kept only as long as its window.
-- The count in the window is exact across replicas: writers of one person and action serialise on an advisory lock.
CREATE TABLE rate_limit_hit (
    profile_id  bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    action      text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX rate_limit_hit_window ON rate_limit_hit (profile_id, action, at);
