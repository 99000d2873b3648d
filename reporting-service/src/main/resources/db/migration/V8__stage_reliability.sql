-- Each assessment stage's reliability as assessment last published it (docs/reporting.md), shown beside the funnel.
-- figures: criteria and weighted figures as JSON; no assessor is named in them.
CREATE TABLE stage_reliability (
    intake_id UUID   NOT NULL,
    stage     TEXT   NOT NULL,
    version   BIGINT NOT NULL,
    cases     INT    NOT NULL,
    sheets    INT    NOT NULL,
    figures   JSONB  NOT NULL,
    PRIMARY KEY (intake_id, stage)
);
