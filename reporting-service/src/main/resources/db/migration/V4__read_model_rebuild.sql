-- Rebuilds of the read models from the topics (docs/reporting.md): one row per rebuild, its progress kept here so any
-- instance can answer for it. At most one replays or switches at a time; one whose instance stopped beating is failed.
CREATE TABLE read_model_rebuild (
    id           UUID PRIMARY KEY,
    state        TEXT   NOT NULL,
    schema_name  TEXT   NOT NULL,
    total        BIGINT NOT NULL DEFAULT 0,
    applied      BIGINT NOT NULL DEFAULT 0,
    skipped      BIGINT NOT NULL DEFAULT 0,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    message      TEXT
);
CREATE UNIQUE INDEX one_rebuild_at_a_time ON read_model_rebuild ((TRUE)) WHERE state IN ('REPLAYING', 'SWITCHING');
