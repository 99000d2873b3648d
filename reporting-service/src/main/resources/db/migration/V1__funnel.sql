-- The pipeline funnel per intake (docs/domain.md §3), built only from events. Row keys are the source
-- aggregates' ids, so a republished event can never be counted twice.
CREATE TABLE funnel_intake (
    intake_id UUID PRIMARY KEY,
    places    INT,
    status    TEXT NOT NULL,
    version   BIGINT NOT NULL
);

CREATE TABLE funnel_application (
    application_id UUID PRIMARY KEY,
    intake_id      UUID NOT NULL,
    region_code    TEXT NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX funnel_application_by_intake ON funnel_application (intake_id);

CREATE TABLE funnel_assessment (
    application_id UUID PRIMARY KEY,
    intake_id      UUID NOT NULL,
    case_id        UUID NOT NULL
);
CREATE INDEX funnel_assessment_by_intake ON funnel_assessment (intake_id);
