-- A cohort's programme: its sessions and who attended, and the rules a participant completes by (docs/cohorts.md).
CREATE TABLE programme_session (
    id               UUID        PRIMARY KEY,
    cohort_id        UUID        NOT NULL REFERENCES cohort (id),
    kind             TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    starts_at        TIMESTAMPTZ NOT NULL,
    duration_minutes INT         NOT NULL CHECK (duration_minutes BETWEEN 15 AND 1440),
    place            TEXT,
    online_link      TEXT,
    facilitator      TEXT        NOT NULL,
    held_at          TIMESTAMPTZ,
    version          BIGINT      NOT NULL,
    CHECK (place IS NOT NULL OR online_link IS NOT NULL)
);
CREATE INDEX programme_session_by_cohort ON programme_session (cohort_id, starts_at);

CREATE TABLE attendance (
    session_id     UUID        NOT NULL REFERENCES programme_session (id),
    participant_id UUID        NOT NULL REFERENCES participant (id),
    status         TEXT        NOT NULL,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX attendance_by_participant ON attendance (participant_id);

-- One row per cohort once its team sets rules; without a row the defaults apply (80 % attendance).
CREATE TABLE completion_rules (
    cohort_id                 UUID PRIMARY KEY REFERENCES cohort (id),
    min_attendance_percent    INT  NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100)
);
