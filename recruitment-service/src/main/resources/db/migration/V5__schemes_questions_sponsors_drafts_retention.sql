-- Issue 4: the rest of a scheme, intake questions, the applicant profile, answers, sponsor
-- endorsement, drafts, and what retention and erasure need.

-- Scheme: who runs it, where it applies, further eligibility rules, its lawful basis for positive
-- action (Equality Act 2010 s.158) and how long unsuccessful applications are kept (docs/domain.md §2).
ALTER TABLE scheme ADD COLUMN owner_body TEXT NOT NULL DEFAULT 'NHS England';
ALTER TABLE scheme ALTER COLUMN owner_body DROP DEFAULT;
ALTER TABLE scheme ADD COLUMN regions_covered TEXT;           -- comma-separated region codes; NULL = national
ALTER TABLE scheme ADD COLUMN eligible_professions TEXT;      -- comma-separated profession codes; NULL = any
ALTER TABLE scheme ADD COLUMN eligible_organisation_types TEXT; -- comma-separated; NULL = any
ALTER TABLE scheme ADD COLUMN positive_action_basis TEXT NOT NULL DEFAULT 'NONE'; -- NONE | S158_TARGETED
ALTER TABLE scheme ADD COLUMN positive_action_characteristic TEXT;
ALTER TABLE scheme ADD COLUMN positive_action_justification TEXT;
ALTER TABLE scheme ADD COLUMN retention_months INT NOT NULL DEFAULT 6 CHECK (retention_months BETWEEN 1 AND 120);

-- Intake: its questions (fixed once open), whether a sponsor must endorse and by when.
ALTER TABLE intake ADD COLUMN questions JSONB NOT NULL DEFAULT '[]';
ALTER TABLE intake ADD COLUMN sponsor_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE intake ADD COLUMN endorsement_deadline TIMESTAMP WITH TIME ZONE;

-- Application: the rest of the profile, the answers, the named sponsor and their decision.
ALTER TABLE application ADD COLUMN profession TEXT;
ALTER TABLE application ADD COLUMN organisation_type TEXT;
ALTER TABLE application ADD COLUMN positive_action_declared BOOLEAN;
ALTER TABLE application ADD COLUMN answers JSONB NOT NULL DEFAULT '{}';
ALTER TABLE application ADD COLUMN sponsor_name TEXT;
ALTER TABLE application ADD COLUMN sponsor_email TEXT;
ALTER TABLE application ADD COLUMN endorsement TEXT NOT NULL DEFAULT 'NOT_REQUESTED'; -- NOT_REQUESTED | PENDING | ENDORSED | DECLINED
ALTER TABLE application ADD COLUMN endorsement_comment TEXT;
ALTER TABLE application ADD COLUMN endorsed_at TIMESTAMP WITH TIME ZONE;
-- Retention and erasure anonymise in place: statistics survive, the person does not (docs/domain.md §2).
ALTER TABLE application ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ALTER COLUMN applicant_email DROP NOT NULL;
ALTER TABLE application ALTER COLUMN given_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN family_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN job_title DROP NOT NULL;
ALTER TABLE application ALTER COLUMN organisation_code DROP NOT NULL;
CREATE INDEX application_by_sponsor ON application (lower(sponsor_email)) WHERE sponsor_email IS NOT NULL;
CREATE INDEX application_by_subject ON application (applicant_subject);

-- Drafts: what an applicant has saved but not submitted; free-form until submission validates it.
CREATE TABLE application_draft (
    intake_id         UUID NOT NULL REFERENCES intake (id),
    applicant_subject TEXT NOT NULL,
    content           JSONB NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (intake_id, applicant_subject)
);

-- Erasure requests, kept (without personal data) so the act itself is provable and irreversible.
CREATE TABLE erasure (
    id              UUID PRIMARY KEY,
    subject_hash    TEXT NOT NULL,   -- SHA-256 of the subject: proves a request happened, identifies nobody
    application_ids TEXT NOT NULL,
    requested_by    TEXT NOT NULL,
    erased_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
