-- Webhooks (issue #16): subscriptions, one delivery per event and subscription, and every attempt of it.
CREATE TABLE webhook (
    id                    bigserial   PRIMARY KEY,
    site_id               bigint      NOT NULL REFERENCES site (id),
    url                   text        NOT NULL,
    event_types           text[]      NOT NULL,
    secret                text        NOT NULL,
    enabled               boolean     NOT NULL DEFAULT true,
    disabled_reason       text,
    disabled_at           timestamptz,
    -- Where fan-out has got to in the event log (see events/EventLog); starts at the registering transaction.
    cursor_xid            xid8        NOT NULL,
    cursor_seq            bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL DEFAULT 0
);
CREATE INDEX webhook_site ON webhook (site_id, id);

CREATE TABLE webhook_delivery (
    id               bigserial   PRIMARY KEY,
    webhook_id       bigint      NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_seq        bigint      NOT NULL REFERENCES event (seq),
    status           text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    -- A worker's claim on the delivery while it sends; an expired lease means the worker died mid-attempt.
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_order ON webhook_delivery (webhook_id, id);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (webhook_id, id) WHERE status = 'pending';

CREATE TABLE webhook_attempt (
    id             bigserial   PRIMARY KEY,
    delivery_id    bigint      NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt        integer     NOT NULL,
    started_at     timestamptz NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('sending', 'succeeded', 'failed', 'interrupted')),
    response_code  integer,
    latency_ms     integer,
    error          text
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt);
