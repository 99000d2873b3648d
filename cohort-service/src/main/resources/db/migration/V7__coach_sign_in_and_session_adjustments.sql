-- A coach signs in with this email to see the participants matched to them (docs/cohorts.md).
ALTER TABLE coach ADD COLUMN email TEXT;
CREATE INDEX coach_by_email ON coach (lower(email));

-- Reasonable adjustments a participant asks for the programme's sessions (Equality Act 2010 s.20): only the
-- participant and the programme team, who arrange them, ever see them; no event carries them (docs/cohorts.md).
CREATE TABLE session_adjustment (
    participant_id UUID        PRIMARY KEY REFERENCES participant (id),
    cohort_id      UUID        NOT NULL,
    needs          TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    arranged       TEXT,
    arranged_at    TIMESTAMPTZ,
    arranged_by    TEXT
);
CREATE INDEX session_adjustment_by_cohort ON session_adjustment (cohort_id);
