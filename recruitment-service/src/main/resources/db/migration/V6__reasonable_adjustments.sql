-- Reasonable adjustments an applicant asks for (Equality Act 2010 s.20), kept apart from the application: only the
-- applicant and the programme team, who arrange them, ever see them (docs/domain.md).
CREATE TABLE adjustment_request (
    id             UUID        PRIMARY KEY,
    application_id UUID        NOT NULL UNIQUE REFERENCES application (id),
    needs          TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    arranged       TEXT,
    arranged_at    TIMESTAMPTZ,
    arranged_by    TEXT
);
