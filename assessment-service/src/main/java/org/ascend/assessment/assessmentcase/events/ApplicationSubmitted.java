package org.ascend.assessment.assessmentcase.events;

import java.time.Instant;
import java.util.UUID;

/** Consumer-owned view of recruitment's application-submitted.v1: only the fields this service uses. */
public record ApplicationSubmitted(UUID applicationId, UUID intakeId, Instant submittedAt) {

    public static final String TYPE = "org.ascend.recruitment.application-submitted.v1";
}
