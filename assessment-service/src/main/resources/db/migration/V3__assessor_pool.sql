-- The assessor pool (issue 5): who may assess, their organisation (for same-employer conflicts), and
-- their declared conflicts of interest. Declarations are never changed in place: a re-declaration
-- supersedes the previous one, so what was declared when stays on record.
CREATE TABLE assessor (
    subject           TEXT PRIMARY KEY,  -- the assessor's sign-in subject
    display_name      TEXT NOT NULL,
    organisation_code TEXT NOT NULL,     -- NHS ODS code of their employer
    added_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by          TEXT NOT NULL,
    declared_at       TIMESTAMP WITH TIME ZONE  -- the latest declaration, even of no conflicts; NULL: never declared
);

CREATE TABLE conflict_declaration (
    id                UUID PRIMARY KEY,
    assessor_subject  TEXT NOT NULL REFERENCES assessor (subject),
    kind              TEXT NOT NULL,     -- LINE_MANAGEMENT | PERSONAL | OTHER
    organisation_code TEXT NOT NULL,
    note              TEXT,
    declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX conflict_declaration_current ON conflict_declaration (assessor_subject) WHERE superseded_at IS NULL;
