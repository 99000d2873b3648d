-- What the allocator knows and assessors never see: each applicant's employer, for conflict checks.
-- Deleted when the applicant is erased.
CREATE TABLE application_employer (
    application_id    UUID PRIMARY KEY,
    intake_id         UUID NOT NULL,
    organisation_code TEXT NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who assesses which case, why they were chosen, and any recusal with its reason.
CREATE TABLE allocation (
    id               UUID PRIMARY KEY,
    case_id          UUID NOT NULL REFERENCES assessment_case (id),
    application_id   UUID NOT NULL,
    intake_id        UUID NOT NULL,
    stage            TEXT NOT NULL,
    assessor_subject TEXT NOT NULL REFERENCES assessor (subject),
    reason           TEXT NOT NULL,
    allocated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recused_at       TIMESTAMP WITH TIME ZONE,
    recusal_reason   TEXT,
    CONSTRAINT one_allocation_per_assessor_and_case UNIQUE (case_id, assessor_subject)
);
CREATE INDEX allocation_by_assessor ON allocation (assessor_subject) WHERE recused_at IS NULL;
CREATE INDEX allocation_by_intake ON allocation (intake_id, stage);
