-- Request context of each published event, written in the publishing transaction, so the outbox can
-- send it as CloudEvents extensions (ce_correlationid, ce_traceparent) whenever it (re)sends.
CREATE TABLE event_metadata (
    event_id       UUID PRIMARY KEY,
    correlation_id TEXT,
    traceparent    TEXT,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
