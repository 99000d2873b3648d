-- Reports people read (docs/reporting.md, "Reports"): what the stocktake, end-of-year and intake reports need beyond
-- the figures already kept, and the generated reports themselves.

-- Predictive validity relates the final stage's settled score to the participant's outcomes; the participant id links
-- an application to the careers read model (whose rows are re-keyed when consent is withdrawn, which cuts the link).
ALTER TABLE application_progress ADD COLUMN participant_id UUID;
ALTER TABLE application_progress ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application_stage ADD COLUMN final_score NUMERIC(6, 3);

-- Programme sessions held, with attendance counts (cohort's session topic): the end-of-year report's sessions.
CREATE TABLE session_held (
    session_id UUID    PRIMARY KEY,
    cohort_id  UUID    NOT NULL,
    kind       TEXT    NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attended   INTEGER NOT NULL,
    apologies  INTEGER NOT NULL,
    absent     INTEGER NOT NULL,
    version    BIGINT  NOT NULL
);
CREATE INDEX session_held_by_time ON session_held (starts_at);

-- A generated report: the job while it runs, the documents once done. The documents are written in the same
-- transaction that marks the job DONE, so a failed generation never leaves a half-written file. Not a read model:
-- a rebuild leaves it alone.
CREATE TABLE report (
    id               UUID        PRIMARY KEY,
    kind             TEXT        NOT NULL,
    audience         TEXT        NOT NULL,
    region_code      TEXT,
    subject          TEXT        NOT NULL,
    title            TEXT,
    template_version TEXT        NOT NULL,
    state            TEXT        NOT NULL,
    percent          INTEGER     NOT NULL DEFAULT 0,
    step             TEXT,
    reason           TEXT,
    requested_by     TEXT        NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    headline         JSON,
    html             BYTEA,
    pdf              BYTEA,
    tables           JSON
);
CREATE INDEX report_by_subject ON report (kind, subject, requested_at DESC);
