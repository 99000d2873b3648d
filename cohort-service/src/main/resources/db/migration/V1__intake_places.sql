-- What cohort planning needs to know of each recruitment intake, built from recruitment's events.
CREATE TABLE intake_places (
    intake_id UUID PRIMARY KEY,
    scheme_id UUID NOT NULL,
    places    INT NOT NULL,
    status    TEXT NOT NULL,
    version   BIGINT NOT NULL -- recruitment's aggregate version: older events are ignored
);
