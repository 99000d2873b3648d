-- Assessment frameworks (issue 5): versioned; a version is fixed once an intake's stage uses it.
CREATE TABLE framework (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INT NOT NULL,
    description TEXT,
    scale_min   INT NOT NULL,
    scale_max   INT NOT NULL CHECK (scale_max > scale_min),
    criteria    JSONB NOT NULL,            -- [{id, name, description, weightPercent, anchors: {"1": "..."}}]
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  TEXT NOT NULL,
    in_use_at   TIMESTAMP WITH TIME ZONE,  -- first used by a stage: immutable from then on
    row_version BIGINT NOT NULL,
    CONSTRAINT one_framework_version UNIQUE (name, version)
);

-- The stages an intake's applications pass through, in order, each with its framework version and rules.
CREATE TABLE intake_stage (
    intake_id                 UUID NOT NULL,
    position                  INT NOT NULL,
    stage                     TEXT NOT NULL,    -- SIFT | ASSESSMENT_CENTRE | INTERVIEW
    framework_id              UUID NOT NULL REFERENCES framework (id),
    assessors_per_application INT NOT NULL CHECK (assessors_per_application BETWEEN 1 AND 10),
    tolerance                 NUMERIC NOT NULL, -- a spread of scores above this calls another assessor
    pass_rule                 TEXT NOT NULL,    -- TOP_N | THRESHOLD | MANUAL
    pass_value                NUMERIC,          -- N for TOP_N, the weighted score for THRESHOLD
    PRIMARY KEY (intake_id, position),
    CONSTRAINT one_stage_kind_per_intake UNIQUE (intake_id, stage)
);
