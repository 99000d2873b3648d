-- Development plans: each participant's objectives, their milestones (signed off by the sponsor or the programme
-- team), and the participant's evidence notes (docs/cohorts.md).
CREATE TABLE plan_objective (
    id             UUID        PRIMARY KEY,
    participant_id UUID        NOT NULL REFERENCES participant (id),
    title          TEXT        NOT NULL,
    description    TEXT,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_objective_by_participant ON plan_objective (participant_id, created_at);

CREATE TABLE plan_milestone (
    id                   UUID        PRIMARY KEY,
    objective_id         UUID        NOT NULL REFERENCES plan_objective (id),
    participant_id       UUID        NOT NULL REFERENCES participant (id),
    title                TEXT        NOT NULL,
    due_on               DATE        NOT NULL,
    signed_off_at        TIMESTAMPTZ,
    signed_off_by        TEXT,
    signed_off_as        TEXT,
    overdue_published_at TIMESTAMPTZ,
    version              BIGINT      NOT NULL
);
CREATE INDEX plan_milestone_by_participant ON plan_milestone (participant_id);
CREATE INDEX plan_milestone_due ON plan_milestone (due_on) WHERE signed_off_at IS NULL AND overdue_published_at IS NULL;

CREATE TABLE plan_evidence (
    id           UUID        PRIMARY KEY,
    milestone_id UUID        NOT NULL REFERENCES plan_milestone (id),
    text         TEXT        NOT NULL,
    written_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_evidence_by_milestone ON plan_evidence (milestone_id, written_at);
