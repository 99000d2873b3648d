-- Local systems' talent pools and regional networks (docs/cohorts.md, "Talent pools", "Regional networks").
-- Pool entries and event attendees reference the participant's consent in force, as career records do. These
-- foreign keys are checked at commit: withdrawing consent updates the consent row first and the talent and network
-- features drop the person later in the same transaction (on the consent-withdrawn event).
CREATE TABLE local_system (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    region_code TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE local_system_member (
    local_system_id   UUID NOT NULL REFERENCES local_system (id),
    organisation_code TEXT NOT NULL,
    PRIMARY KEY (local_system_id, organisation_code)
);
CREATE INDEX local_system_member_by_organisation ON local_system_member (organisation_code);

CREATE TABLE talent_pool_entry (
    id              UUID        PRIMARY KEY,
    local_system_id UUID        NOT NULL REFERENCES local_system (id),
    participant_id  UUID        NOT NULL,
    consent_status  TEXT        NOT NULL DEFAULT 'GIVEN' CHECK (consent_status = 'GIVEN'),
    readiness       TEXT        NOT NULL CHECK (readiness IN ('READY_NOW', 'READY_IN_1_TO_2_YEARS')),
    role_families   TEXT[]      NOT NULL,
    added_by        TEXT        NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (local_system_id, participant_id),
    FOREIGN KEY (participant_id, consent_status) REFERENCES career_consent (participant_id, status)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX talent_pool_entry_by_participant ON talent_pool_entry (participant_id);

CREATE TABLE talent_interest (
    id                  UUID        PRIMARY KEY,
    entry_id            UUID        NOT NULL REFERENCES talent_pool_entry (id) ON DELETE CASCADE,
    talent_lead_subject TEXT        NOT NULL,
    talent_lead_email   TEXT,
    organisation_code   TEXT        NOT NULL,
    vacancy             TEXT        NOT NULL,
    role_family         TEXT        NOT NULL,
    registered_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX talent_interest_by_entry ON talent_interest (entry_id);

CREATE TABLE regional_network (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    region_code TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE network_event (
    id          UUID        PRIMARY KEY,
    network_id  UUID        NOT NULL REFERENCES regional_network (id),
    held_on     DATE        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('WORKSHOP', 'MASTERCLASS', 'NETWORK_MEETING', 'CONFERENCE')),
    topic       TEXT        NOT NULL,
    attendance  JSONB       NOT NULL,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX network_event_by_network ON network_event (network_id, held_on);

CREATE TABLE network_event_attendee (
    event_id       UUID NOT NULL REFERENCES network_event (id),
    participant_id UUID NOT NULL,
    consent_status TEXT NOT NULL DEFAULT 'GIVEN' CHECK (consent_status = 'GIVEN'),
    PRIMARY KEY (event_id, participant_id),
    FOREIGN KEY (participant_id, consent_status) REFERENCES career_consent (participant_id, status)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX network_event_attendee_by_participant ON network_event_attendee (participant_id);
