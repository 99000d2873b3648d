-- Equality monitoring (docs/domain.md §2): special-category data, kept apart from the application, never
-- used for decisions about the person, never shown to assessors or sponsors. Every item optional;
-- "prefer not to say" is an answer of its own (PREFER_NOT_TO_SAY), unlike no answer (NULL).
CREATE TABLE equality_monitoring (
    application_id          UUID PRIMARY KEY REFERENCES application (id),
    applicant_subject       TEXT NOT NULL,
    ethnic_category         TEXT,          -- NHS Data Dictionary ETHNIC CATEGORY: A-S, Z (not stated), 99 (not known)
    ethnic_classification   TEXT,          -- the classification the code comes from, e.g. '2001'
    age_band                TEXT,
    disability              TEXT,
    gender_reassignment     TEXT,
    marriage_civil_partnership TEXT,
    pregnancy_maternity     TEXT,
    religion_belief         TEXT,
    sex                     TEXT,
    sexual_orientation      TEXT,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    objected_at             TIMESTAMP WITH TIME ZONE, -- DPA 2018 Sch. 1 para 8(5): no further processing
    version                 BIGINT NOT NULL
);
