-- Which scheme an intake belongs to and when it opened (its year), for the funnel per scheme and year; which cohort an
-- application enrolled in and, if they left the programme, the category of why, for cohort outcomes (docs/reporting.md).
-- Rows from before this migration get them on the next rebuild from the topics.
ALTER TABLE funnel_intake ADD COLUMN scheme_id UUID;
ALTER TABLE funnel_intake ADD COLUMN opens_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX funnel_intake_by_scheme ON funnel_intake (scheme_id);
ALTER TABLE application_progress ADD COLUMN cohort_id UUID;
ALTER TABLE application_progress ADD COLUMN withdrawal_reason TEXT;
