CREATE TABLE scheme (
    id                 UUID PRIMARY KEY,
    name               TEXT NOT NULL,
    description        TEXT,
    target_cohort_size INT NOT NULL CHECK (target_cohort_size > 0),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE intake (
    id         UUID PRIMARY KEY,
    scheme_id  UUID NOT NULL REFERENCES scheme (id),
    name       TEXT NOT NULL,
    places     INT NOT NULL CHECK (places > 0),
    opens_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at  TIMESTAMP WITH TIME ZONE NOT NULL CHECK (closes_at > opens_at),
    status     TEXT NOT NULL,
    version    BIGINT NOT NULL
);

-- Personal data (name, email) stays in this service; events carry ids, region and band only.
CREATE TABLE application (
    id                UUID PRIMARY KEY,
    intake_id         UUID NOT NULL REFERENCES intake (id),
    applicant_email   TEXT NOT NULL,
    given_name        TEXT NOT NULL,
    family_name       TEXT NOT NULL,
    region_code       TEXT NOT NULL,
    band              TEXT NOT NULL,
    organisation_code TEXT NOT NULL,
    job_title         TEXT NOT NULL,
    status            TEXT NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL,
    -- docs/domain.md §1: one application per person per intake.
    CONSTRAINT one_application_per_person_per_intake UNIQUE (intake_id, applicant_email)
);
CREATE INDEX application_by_intake ON application (intake_id);
