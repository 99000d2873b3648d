-- The applicant is the token's subject: object-level checks and "one application per person per
-- intake" key on it. Rows from before authentication keep their email as subject.
ALTER TABLE application ADD COLUMN applicant_subject TEXT;
UPDATE application SET applicant_subject = applicant_email WHERE applicant_subject IS NULL;
ALTER TABLE application ALTER COLUMN applicant_subject SET NOT NULL;
ALTER TABLE application ADD CONSTRAINT one_application_per_subject_per_intake UNIQUE (intake_id, applicant_subject);
