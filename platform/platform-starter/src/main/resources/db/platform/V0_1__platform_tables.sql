-- Platform tables every service has (shipped by platform-starter).

-- Transactional outbox: Spring Modulith's event publication registry (v2 schema for PostgreSQL).
CREATE TABLE event_publication (
    id                     UUID PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Inbox: CloudEvents ids already applied, written in the same transaction as the effect.
CREATE TABLE processed_event (
    event_id    TEXT PRIMARY KEY,
    event_type  TEXT NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Idempotency-Key: the first response, replayed to retries of the same request.
CREATE TABLE idempotency_record (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INT NOT NULL,
    body         JSONB,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, key)
);
