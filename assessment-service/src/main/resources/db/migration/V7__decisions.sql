-- The programme manager's decision per case at a stage; an Equality Act s.159 tie-break is recorded with
-- the equal-scoring case it was preferred over and the evidence (docs/domain.md §2).
CREATE TABLE stage_decision (
    case_id            UUID PRIMARY KEY REFERENCES assessment_case (id),
    decision           TEXT NOT NULL,          -- PROGRESS | NOT_PROGRESS
    decided_by         TEXT NOT NULL,
    reason             TEXT,
    tie_break_over     UUID REFERENCES assessment_case (id),
    tie_break_evidence TEXT,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
