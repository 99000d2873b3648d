-- Each allocated assessor's scores for one case: saved as a draft, then submitted and locked.
CREATE TABLE score_sheet (
    allocation_id    UUID PRIMARY KEY REFERENCES allocation (id),
    case_id          UUID NOT NULL REFERENCES assessment_case (id),
    assessor_subject TEXT NOT NULL,
    scores           JSONB NOT NULL,   -- {"criterionId": {"score": 3, "evidence": "..."}}
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    row_version      BIGINT NOT NULL
);
CREATE INDEX score_sheet_by_case ON score_sheet (case_id);
