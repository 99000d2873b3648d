-- A case's stage score once settled: the mean of agreeing assessors, or the moderator's agreed score.
ALTER TABLE assessment_case ADD COLUMN final_score NUMERIC;

-- Moderation after disagreement beyond tolerance: the agreed scores and the written rationale (docs/domain.md §2).
CREATE TABLE moderation (
    case_id       UUID PRIMARY KEY REFERENCES assessment_case (id),
    moderator     TEXT NOT NULL,
    agreed_scores JSONB NOT NULL,
    rationale     TEXT NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
