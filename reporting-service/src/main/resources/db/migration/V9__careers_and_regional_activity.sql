-- Career progression and regional activity from cohort's career and network topics (docs/reporting.md).
-- participant_key is the participant's id while they consent; when they withdraw, their rows are re-keyed to the
-- withdrawal event's id: counts survive, the link to the person (and to anything else reporting holds) does not.
CREATE TABLE career_tracked (
    participant_key UUID PRIMARY KEY,
    cohort_id       UUID NOT NULL,
    completed_on    DATE
);
CREATE INDEX career_tracked_by_cohort ON career_tracked (cohort_id);

CREATE TABLE career_move (
    record_id               UUID    PRIMARY KEY,
    participant_key         UUID    NOT NULL,
    cohort_id               UUID    NOT NULL,
    role_family             TEXT    NOT NULL,
    band                    TEXT    NOT NULL,
    board_level             BOOLEAN NOT NULL,
    interim                 BOOLEAN NOT NULL,
    months_since_completion INTEGER
);
CREATE INDEX career_move_by_cohort ON career_move (cohort_id);
CREATE INDEX career_move_by_participant ON career_move (participant_key);

CREATE TABLE network_activity (
    network_event_id UUID    PRIMARY KEY,
    network_id       UUID    NOT NULL,
    region_code      TEXT    NOT NULL,
    held_on          DATE    NOT NULL,
    financial_year   TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    attendance       JSONB   NOT NULL,
    total_attendance INTEGER NOT NULL
);
CREATE INDEX network_activity_by_year ON network_activity (financial_year, region_code);
