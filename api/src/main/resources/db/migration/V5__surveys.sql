-- Surveys: a content item of type 'survey' (title and intro are its translations) plus this definition.
-- The questions are one small document, validated by the service (keys, types, forward-only skip logic).
CREATE TABLE survey (
    item_id      bigint      PRIMARY KEY REFERENCES content_item (id),
    site_id      bigint      NOT NULL REFERENCES site (id),
    anonymous    boolean     NOT NULL,
    submissions  text        NOT NULL CHECK (submissions IN ('single', 'multiple')),
    opens_at     timestamptz,
    closes_at    timestamptz,
    questions    jsonb       NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
    version      bigint      NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL,
    CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);
CREATE INDEX survey_site ON survey (site_id);

-- One pass of a person through a survey. While in progress it belongs to its profile and holds the step being
-- asked (question keys); once complete the step is empty and, for an anonymous survey, the profile link is gone.
CREATE TABLE survey_submission (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id     bigint      NOT NULL REFERENCES survey (item_id),
    profile_id    bigint      REFERENCES profile (id) ON DELETE SET NULL,
    anonymous     boolean     NOT NULL,
    step          text[]      NOT NULL DEFAULT '{}',
    started_at    timestamptz NOT NULL,
    completed_at  timestamptz,
    -- In progress means being asked something, by someone.
    CHECK ((completed_at IS NULL) = (cardinality(step) > 0)),
    CHECK (completed_at IS NOT NULL OR profile_id IS NOT NULL),
    -- An anonymous answer is never linked to a person once complete.
    CHECK (NOT anonymous OR completed_at IS NULL OR profile_id IS NULL)
);
-- At most one unfinished submission per person and survey: that is the one a person resumes from any channel.
CREATE UNIQUE INDEX survey_submission_open ON survey_submission (survey_id, profile_id) WHERE completed_at IS NULL;
CREATE INDEX survey_submission_survey ON survey_submission (survey_id, id) WHERE completed_at IS NOT NULL;
CREATE INDEX survey_submission_profile ON survey_submission (profile_id) WHERE profile_id IS NOT NULL;

-- One answer to one question, as JSON of the question's type; kind is that type, so erasure finds free text.
CREATE TABLE survey_answer (
    submission_id  bigint NOT NULL REFERENCES survey_submission (id) ON DELETE CASCADE,
    question_key   text   NOT NULL,
    kind           text   NOT NULL CHECK (kind IN ('choice', 'multiChoice', 'text', 'number', 'date', 'yesNo')),
    value          jsonb  NOT NULL,
    PRIMARY KEY (submission_id, question_key)
);

-- Who has completed a survey and how often: it enforces single submission even where answers are anonymous.
-- For single-submission surveys the service inserts without upsert, so the primary key refuses a second one.
CREATE TABLE survey_participation (
    survey_id    bigint  NOT NULL REFERENCES survey (item_id),
    profile_id   bigint  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    completions  integer NOT NULL CHECK (completions >= 1),
    PRIMARY KEY (survey_id, profile_id)
);
CREATE INDEX survey_participation_profile ON survey_participation (profile_id);
