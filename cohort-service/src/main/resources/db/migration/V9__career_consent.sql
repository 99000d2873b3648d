-- Career tracking runs only with the participant's own consent (docs/cohorts.md, "Careers"): what is shared and until
-- when. Career records, check-ins and directory and pool entries will reference this row, so "no record without
-- consent" is a database rule. A withdrawal keeps the row (when, no more) and ends all tracking.
CREATE TABLE career_consent (
    participant_id          UUID        PRIMARY KEY REFERENCES participant (id),
    status                  TEXT        NOT NULL CHECK (status IN ('GIVEN', 'WITHDRAWN')),
    track_until             DATE        NOT NULL,
    share_in_alumni_directory BOOLEAN   NOT NULL,
    share_in_talent_pool    BOOLEAN     NOT NULL,
    given_at                TIMESTAMPTZ NOT NULL,
    withdrawn_at            TIMESTAMPTZ,
    version                 BIGINT      NOT NULL
);
