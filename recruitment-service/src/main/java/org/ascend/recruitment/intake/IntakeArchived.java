package org.ascend.recruitment.intake;

import java.util.UUID;

/** In this service only: an intake was archived, so drafts for it can never be submitted and may go. */
public record IntakeArchived(UUID intakeId) {
}
