-- Coalesced updates (docs/events.md): figures worked out from many changes (a region's statistics, a stage's
-- reliability) are published at most once per interval and only when they differ. Keys whose figures may have
-- changed, marked in the transaction of the change; and per key what was last published (a checksum) and its version.
CREATE TABLE coalesced_pending (
    stream    VARCHAR(100) NOT NULL,
    key       VARCHAR(255) NOT NULL,
    marked_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (stream, key)
);

CREATE TABLE coalesced_published (
    stream       VARCHAR(100) NOT NULL,
    key          VARCHAR(255) NOT NULL,
    checksum     VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (stream, key)
);
