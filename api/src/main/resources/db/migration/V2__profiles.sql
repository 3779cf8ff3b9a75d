-- A pseudonymous person on one site. Nothing here needs an e-mail address or a real name.
CREATE TABLE profile (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint      NOT NULL REFERENCES site (id),
    alias                text,
    alias_key            text,
    avatar               text,
    date_of_birth        date,
    gender               text,
    location             text,
    pin_hash             text,
    failed_pin_attempts  integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CHECK ((alias IS NULL) = (alias_key IS NULL))
);
-- Aliases are unique per site, compared without case.
CREATE UNIQUE INDEX profile_alias ON profile (site_id, alias_key) WHERE alias_key IS NOT NULL;

-- How a person reaches us: web:<id>, messenger:<psid>, whatsapp:<wa_id>, … One person may link several.
CREATE TABLE channel_identity (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id   bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    site_id      bigint      NOT NULL REFERENCES site (id),
    channel      text        NOT NULL CHECK (channel ~ '^[a-z][a-z0-9]{1,19}$'),
    external_id  text        NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
    created_at   timestamptz NOT NULL,
    UNIQUE (site_id, channel, external_id)
);
CREATE INDEX channel_identity_profile ON channel_identity (profile_id);

-- What a person accepted, which version, when and where.
CREATE TABLE consent (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id   bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    document     text        NOT NULL,
    version      text        NOT NULL,
    channel      text        NOT NULL,
    accepted_at  timestamptz NOT NULL
);
CREATE INDEX consent_profile ON consent (profile_id);

-- PIN recovery without e-mail: answers are hashed like PINs and compared without case.
CREATE TABLE security_answer (
    profile_id   bigint NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    question     text   NOT NULL,
    answer_hash  text   NOT NULL,
    PRIMARY KEY (profile_id, question)
);

-- One-time codes that link a second channel to a profile: shown on one channel, typed on another.
-- Only a hash is kept; a code works once and for ten minutes.
CREATE TABLE link_code (
    code_hash   text        PRIMARY KEY,
    profile_id  bigint      NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX link_code_profile ON link_code (profile_id);
