-- Coaches and mentors, participants' preferences, declared conflicts and the pairs matching made (docs/cohorts.md).
CREATE TABLE coach (
    id                UUID        PRIMARY KEY,
    display_name      TEXT        NOT NULL,
    organisation_code TEXT        NOT NULL,
    region_code       TEXT        NOT NULL,
    capacity          INT         NOT NULL CHECK (capacity > 0),
    specialisms       TEXT[]      NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE coaching_preference (
    participant_id UUID        PRIMARY KEY REFERENCES participant (id),
    coach_ids      UUID[]      NOT NULL,
    interests      TEXT[]      NOT NULL DEFAULT '{}',
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE coaching_conflict (
    participant_id UUID        NOT NULL REFERENCES participant (id),
    coach_id       UUID        NOT NULL REFERENCES coach (id),
    reason         TEXT        NOT NULL,
    declared_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (participant_id, coach_id)
);

CREATE TABLE coaching_pair (
    participant_id     UUID        PRIMARY KEY REFERENCES participant (id),
    cohort_id          UUID        NOT NULL,
    coach_id           UUID        NOT NULL REFERENCES coach (id),
    preference_met     INT         NOT NULL,
    shared_specialisms TEXT[]      NOT NULL DEFAULT '{}',
    reason             TEXT        NOT NULL,
    matched_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX coaching_pair_by_coach ON coaching_pair (coach_id);
CREATE INDEX coaching_pair_by_cohort ON coaching_pair (cohort_id);
