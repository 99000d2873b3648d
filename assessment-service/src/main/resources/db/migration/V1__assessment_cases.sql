-- One case per application and stage; opened when recruitment reports a submission.
CREATE TABLE assessment_case (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL,
    intake_id      UUID NOT NULL,
    stage          TEXT NOT NULL,
    status         TEXT NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT one_case_per_application_and_stage UNIQUE (application_id, stage)
);
CREATE INDEX assessment_case_by_intake ON assessment_case (intake_id);
