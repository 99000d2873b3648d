-- Career records and check-ins (docs/cohorts.md, "Careers"). Each references the participant's consent *in force*:
-- the foreign key is (participant_id, 'GIVEN'), so a record cannot exist for someone who has not consented, and a
-- consent cannot become WITHDRAWN while a record still points at it. Withdrawal therefore anonymises first (the
-- record keeps role family, band, dates and flags, loses participant, employer, title and free text), then withdraws.
ALTER TABLE career_consent ADD CONSTRAINT career_consent_status_key UNIQUE (participant_id, status);
ALTER TABLE career_consent ADD COLUMN share_email_with_talent_leads BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE career_record (
    id                      UUID        PRIMARY KEY,
    participant_id          UUID,
    consent_status          TEXT        NOT NULL DEFAULT 'GIVEN' CHECK (consent_status = 'GIVEN'),
    cohort_id               UUID        NOT NULL,
    source                  TEXT        NOT NULL CHECK (source IN ('SELF_REPORTED', 'EMPLOYER_CONFIRMED', 'PUBLIC_BOARD_LIST')),
    organisation_code       TEXT,
    organisation_type       TEXT        NOT NULL,
    region_code             TEXT,
    role_title              TEXT,
    role_family             TEXT        NOT NULL,
    band                    TEXT        NOT NULL,
    starts_on               DATE        NOT NULL,
    ends_on                 DATE,
    board_level             BOOLEAN     NOT NULL,
    interim                 BOOLEAN     NOT NULL,
    months_since_completion INTEGER,
    recorded_by             TEXT,
    recorded_at             TIMESTAMPTZ NOT NULL,
    anonymised_at           TIMESTAMPTZ,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK ((participant_id IS NULL) = (anonymised_at IS NOT NULL)),
    FOREIGN KEY (participant_id, consent_status) REFERENCES career_consent (participant_id, status)
);
CREATE INDEX career_record_by_participant ON career_record (participant_id, starts_on DESC);

-- When check-ins fall due, in months after completion, per scheme; schemes without a row use 6, 12, 24 and 36.
CREATE TABLE career_checkin_schedule (
    scheme_id   UUID        PRIMARY KEY,
    months      INTEGER[]   NOT NULL,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE career_checkin (
    id                      UUID        PRIMARY KEY,
    participant_id          UUID,
    consent_status          TEXT        NOT NULL DEFAULT 'GIVEN' CHECK (consent_status = 'GIVEN'),
    cohort_id               UUID        NOT NULL,
    months_after_completion INTEGER     NOT NULL,
    due_on                  DATE        NOT NULL,
    opened_at               TIMESTAMPTZ NOT NULL,
    last_announced_at       TIMESTAMPTZ NOT NULL,
    reminders_sent          INTEGER     NOT NULL DEFAULT 0 CHECK (reminders_sent BETWEEN 0 AND 2),
    answered_at             TIMESTAMPTZ,
    moved                   BOOLEAN,
    move_record_id          UUID        REFERENCES career_record (id),
    reflections             TEXT,
    anonymised_at           TIMESTAMPTZ,
    UNIQUE (participant_id, months_after_completion),
    CHECK ((participant_id IS NULL) = (anonymised_at IS NOT NULL)),
    FOREIGN KEY (participant_id, consent_status) REFERENCES career_consent (participant_id, status)
);
CREATE INDEX career_checkin_unanswered ON career_checkin (last_announced_at) WHERE answered_at IS NULL;

-- How many years after completing tracking runs, so the end can be re-dated when the participant completes; and the
-- day they completed, once they have.
ALTER TABLE career_consent ADD COLUMN track_for_years INTEGER NOT NULL DEFAULT 3;
ALTER TABLE career_consent ADD COLUMN completed_on DATE;
