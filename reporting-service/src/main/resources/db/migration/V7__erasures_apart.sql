-- Erasures in a table of their own (docs/reporting.md): an erasure names applications only, and on a replay it can
-- arrive before their submissions (another topic), when there is no progress row yet to mark. Kept apart, it counts
-- whatever the order. Still nothing personal: an application id.
CREATE TABLE erased_application (
    application_id UUID PRIMARY KEY
);
INSERT INTO erased_application (application_id) SELECT application_id FROM application_progress WHERE erased;
ALTER TABLE application_progress DROP COLUMN erased;
