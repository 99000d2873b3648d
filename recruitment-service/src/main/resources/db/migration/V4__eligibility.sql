-- Scheme eligibility rules (all optional: no rule, no restriction) and each application's screening.
ALTER TABLE scheme ADD COLUMN min_band TEXT;
ALTER TABLE scheme ADD COLUMN max_band TEXT;
ALTER TABLE scheme ADD COLUMN eligible_regions TEXT; -- comma-separated NHS England region codes
ALTER TABLE application ADD COLUMN eligible BOOLEAN;
ALTER TABLE application ADD COLUMN eligibility_reasons TEXT; -- comma-separated reason codes
ALTER TABLE application ADD COLUMN eligibility_override TEXT; -- the programme manager's recorded reason
