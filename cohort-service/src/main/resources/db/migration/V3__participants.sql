-- Participants: enrolled by accepting an offer; contact details released by recruitment afterwards (docs/cohorts.md).
CREATE TABLE participant (
    id                  UUID        PRIMARY KEY,
    cohort_id           UUID        NOT NULL REFERENCES cohort (id),
    offer_id            UUID        NOT NULL UNIQUE,
    intake_id           UUID        NOT NULL,
    application_id      UUID        NOT NULL UNIQUE,
    applicant_subject   TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    given_name          TEXT,
    family_name         TEXT,
    email               TEXT,
    organisation_code   TEXT,
    role_title          TEXT,
    sponsor_name        TEXT,
    sponsor_email       TEXT,
    details_received_at TIMESTAMPTZ,
    enrolled_at         TIMESTAMPTZ NOT NULL,
    anonymised_at       TIMESTAMPTZ,
    version             BIGINT      NOT NULL
);
CREATE INDEX participant_by_cohort ON participant (cohort_id);
CREATE INDEX participant_by_subject ON participant (applicant_subject);

-- Every change of a participant's status: who made it, when, and why (append-only).
CREATE TABLE participant_status_change (
    id             BIGSERIAL   PRIMARY KEY,
    participant_id UUID        NOT NULL REFERENCES participant (id),
    from_status    TEXT,
    to_status      TEXT        NOT NULL,
    reason         TEXT,
    changed_by     TEXT        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX participant_status_change_by_participant ON participant_status_change (participant_id, changed_at);
