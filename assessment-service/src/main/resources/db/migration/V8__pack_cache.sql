-- The last anonymised pack fetched per application, so assessors can keep working while recruitment is
-- down (marked stale). Holds nothing identifying (recruitment's pack has no name, contact, employer, age
-- or equality data); deleted when the applicant is erased.
CREATE TABLE pack_cache (
    application_id UUID PRIMARY KEY,
    pack           JSONB NOT NULL,
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
