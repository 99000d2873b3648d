-- The statistics topic (docs/reporting.md). Intakes whose figures changed since the last publication, marked in the
-- transaction of the change; and what was last published per intake and region (a checksum of the figures), so an
-- update goes out only when the disclosure-controlled figures a region sees actually changed.
CREATE TABLE statistics_pending (
    intake_id  UUID PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE published_statistics (
    intake_id    UUID   NOT NULL,
    region_code  TEXT   NOT NULL,
    checksum     TEXT   NOT NULL,
    version      BIGINT NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (intake_id, region_code)
);
