-- The transactional outbox (issue #16): one row per change that matters, written in the change's own transaction.
-- xid is the writing transaction's id: feeds read in (xid, seq) order and only rows older than the oldest transaction
-- still running, so a transaction that commits late can never slip in behind a cursor (see events/EventLog).
CREATE TABLE event (
    seq      bigserial   PRIMARY KEY,
    id       uuid        NOT NULL UNIQUE,
    xid      xid8        NOT NULL DEFAULT pg_current_xact_id(),
    site_id  bigint      NOT NULL REFERENCES site (id),
    type     text        NOT NULL CHECK (type ~ '^[a-z]+(\.[a-z]+)+$'),
    subject  text        NOT NULL,
    time     timestamptz NOT NULL,
    data     jsonb       NOT NULL
);
CREATE INDEX event_site_order ON event (site_id, xid, seq);
CREATE INDEX event_order ON event (xid, seq);

-- poll.closed is told once, when closes_at has passed; moving closes_at into the future again clears it.
ALTER TABLE poll ADD COLUMN closed_announced_at timestamptz;
CREATE INDEX poll_closing ON poll (closes_at) WHERE closes_at IS NOT NULL AND closed_announced_at IS NULL;
