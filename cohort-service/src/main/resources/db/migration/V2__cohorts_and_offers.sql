-- Cohorts of an intake, the stage outcomes they are filled from, and the offers (docs/cohorts.md).

-- assessment's decisions per application and stage, from stage-outcome-decided (newest decision wins).
CREATE TABLE stage_outcome (
    intake_id      UUID        NOT NULL,
    application_id UUID        NOT NULL,
    stage          TEXT        NOT NULL,
    case_id        UUID        NOT NULL,
    decision       TEXT        NOT NULL,
    final_score    NUMERIC     NOT NULL,
    tie_break      BOOLEAN     NOT NULL,
    decided_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (intake_id, application_id, stage)
);

CREATE TABLE cohort (
    id                UUID        PRIMARY KEY,
    intake_id         UUID        NOT NULL,
    scheme_id         UUID        NOT NULL,
    name              TEXT        NOT NULL,
    capacity          INT         NOT NULL CHECK (capacity > 0),
    starts_on         DATE        NOT NULL,
    ends_on           DATE        NOT NULL CHECK (ends_on > starts_on),
    status            TEXT        NOT NULL,
    cancel_reason     TEXT,
    scope_kind        TEXT        NOT NULL,
    region_code       TEXT,
    system_code       TEXT,
    member_orgs       TEXT[]      NOT NULL DEFAULT '{}',
    delivery_partners TEXT[]      NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL
);
CREATE INDEX cohort_by_intake ON cohort (intake_id);

-- An offer of a place, or a place on the waiting list (status WAITLISTED), in rank order.
CREATE TABLE offer (
    id                UUID        PRIMARY KEY,
    cohort_id         UUID        NOT NULL REFERENCES cohort (id),
    intake_id         UUID        NOT NULL,
    application_id    UUID        NOT NULL,
    stage             TEXT        NOT NULL,
    rank              INT         NOT NULL,
    status            TEXT        NOT NULL,
    respond_days      INT         NOT NULL CHECK (respond_days > 0),
    respond_by        TIMESTAMPTZ,
    offered_at        TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    decline_reason    TEXT,
    decline_note      TEXT,
    applicant_subject TEXT,
    version           BIGINT      NOT NULL,
    UNIQUE (intake_id, application_id)
);
CREATE INDEX offer_by_cohort ON offer (cohort_id, rank);
CREATE INDEX offer_due ON offer (respond_by) WHERE status = 'OFFERED';
