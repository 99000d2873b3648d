-- The outbox moves to namastack-outbox (docs/adr/0011): its three tables, as its PostgreSQL schema defines them
-- (created here by Flyway rather than by the library's own initialiser).
CREATE TABLE outbox_record (
    id             VARCHAR(255)             NOT NULL PRIMARY KEY,
    status         VARCHAR(20)              NOT NULL,
    record_key     VARCHAR(255)             NOT NULL,
    record_type    VARCHAR(255)             NOT NULL,
    payload        TEXT                     NOT NULL,
    context        TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    failure_count  INT                      NOT NULL,
    failure_reason VARCHAR(1000),
    next_retry_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    partition_no   INTEGER                  NOT NULL,
    handler_id     VARCHAR(1000)            NOT NULL
);
CREATE INDEX idx_outbox_record_record_key_created ON outbox_record (record_key, created_at);
CREATE INDEX idx_outbox_record_partition_status_retry ON outbox_record (partition_no, status, next_retry_at);
CREATE INDEX idx_outbox_record_status_retry ON outbox_record (status, next_retry_at);
CREATE INDEX idx_outbox_record_status ON outbox_record (status);
CREATE INDEX idx_outbox_record_record_key_completed_created ON outbox_record (record_key, completed_at, created_at);

CREATE TABLE outbox_instance (
    instance_id    VARCHAR(255)             PRIMARY KEY,
    hostname       VARCHAR(255)             NOT NULL,
    port           INTEGER                  NOT NULL,
    status         VARCHAR(50)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_heartbeat TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_outbox_instance_status_heartbeat ON outbox_instance (status, last_heartbeat);
CREATE INDEX idx_outbox_instance_last_heartbeat ON outbox_instance (last_heartbeat);
CREATE INDEX idx_outbox_instance_status ON outbox_instance (status);

CREATE TABLE outbox_partition (
    partition_number INTEGER                  PRIMARY KEY,
    instance_id      VARCHAR(255),
    version          BIGINT                   NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_outbox_partition_instance_id ON outbox_partition (instance_id);

-- Producer side: the last number given to each topic's stream of events per key (CloudEvents streamsequence).
CREATE TABLE event_stream (
    topic         VARCHAR(255) NOT NULL,
    stream_key    VARCHAR(255) NOT NULL,
    last_sequence BIGINT       NOT NULL,
    PRIMARY KEY (topic, stream_key)
);

-- Consumer side: how far each stream has been applied, and events held back until the gap before them fills.
CREATE TABLE consumed_stream (
    topic         VARCHAR(255) NOT NULL,
    stream_key    VARCHAR(255) NOT NULL,
    last_sequence BIGINT       NOT NULL,
    PRIMARY KEY (topic, stream_key)
);
CREATE TABLE held_event (
    topic      VARCHAR(255)             NOT NULL,
    stream_key VARCHAR(255)             NOT NULL,
    sequence   BIGINT                   NOT NULL,
    event      TEXT                     NOT NULL,
    held_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, stream_key, sequence)
);

-- The request context of an event now travels in its outbox record.
DROP TABLE event_metadata;
