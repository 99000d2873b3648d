-- Equality monitoring answers per application (special-category data, docs/reporting.md): read from recruitment's
-- restricted equality topic, used only for aggregate breakdowns, never shown per person. Each answer is stored as
-- the category it is counted in; an objection deletes the row (the person then counts as "not stated").
CREATE TABLE application_equality (
    application_id     UUID PRIMARY KEY,
    intake_id          UUID NOT NULL,
    ethnic_group       TEXT NOT NULL,
    bme                TEXT NOT NULL,
    sex                TEXT NOT NULL,
    disability         TEXT NOT NULL,
    age_band           TEXT NOT NULL,
    sexual_orientation TEXT NOT NULL,
    religion_belief    TEXT NOT NULL
);
CREATE INDEX application_equality_by_intake ON application_equality (intake_id);
