package org.ascend.cohort.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant's development plan: objectives, each with milestones and the participant's evidence notes. */
public record DevelopmentPlan(UUID participantId, List<Objective> objectives) {

    public record Objective(UUID id, String title, String description, List<Milestone> milestones, Instant createdAt) {
    }

    public record Milestone(UUID id, UUID objectiveId, String title, LocalDate dueOn, boolean overdue, Instant signedOffAt,
            String signedOffAs, List<Evidence> evidence) {
    }

    public record Evidence(UUID id, String text, Instant writtenAt) {
    }
}
