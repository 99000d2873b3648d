-- Why a participant withdrew, as a category reporting may count (docs/reporting.md); the free-text reason stays here.
ALTER TABLE participant_status_change ADD COLUMN reason_category TEXT;
