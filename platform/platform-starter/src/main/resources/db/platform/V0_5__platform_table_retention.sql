-- Platform tables forget on a schedule (PlatformTableRetention) and on erasure (docs/architecture.md).

-- Stored Idempotency-Key responses belong to the caller who made the request: erasure deletes by subject.
ALTER TABLE idempotency_record ADD COLUMN subject TEXT;
CREATE INDEX idempotency_record_by_subject ON idempotency_record (subject);
CREATE INDEX idempotency_record_by_created_at ON idempotency_record (created_at);

CREATE INDEX processed_event_by_received_at ON processed_event (received_at);
CREATE INDEX event_metadata_by_recorded_at ON event_metadata (recorded_at);
