-- How far each application got (docs/reporting.md): one row per application, filled from every service's events in
-- whatever order they arrive (each event sets only its own columns). An erased applicant's row stays, anonymous: it
-- holds no personal data, only ids, a region code and how far they got.
CREATE TABLE application_progress (
    application_id UUID PRIMARY KEY,
    intake_id      UUID    NOT NULL,
    region_code    TEXT,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    eligible       BOOLEAN,
    endorsed       BOOLEAN,
    withdrawn      BOOLEAN NOT NULL DEFAULT FALSE,
    erased         BOOLEAN NOT NULL DEFAULT FALSE,
    offered        BOOLEAN NOT NULL DEFAULT FALSE,
    enrolled       BOOLEAN NOT NULL DEFAULT FALSE,
    completed      BOOLEAN NOT NULL DEFAULT FALSE,
    left_programme BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX application_progress_by_intake ON application_progress (intake_id);

-- Each assessment stage's decision for the application (SIFT, ASSESSMENT_CENTRE, INTERVIEW).
CREATE TABLE application_stage (
    application_id UUID    NOT NULL,
    intake_id      UUID    NOT NULL,
    stage          TEXT    NOT NULL,
    progressed     BOOLEAN NOT NULL,
    PRIMARY KEY (application_id, stage)
);
CREATE INDEX application_stage_by_intake ON application_stage (intake_id, stage);

-- What the first funnel knew carries over; "in assessment" is gone (it counted withdrawn and ineligible people).
INSERT INTO application_progress (application_id, intake_id, region_code, submitted_at)
SELECT application_id, intake_id, region_code, submitted_at FROM funnel_application;
DROP TABLE funnel_application;
DROP TABLE funnel_assessment;
