package org.ascend.assessment.assessmentcase.events;

import java.util.UUID;

/** Consumer-owned view of recruitment's application-withdrawn.v1. */
public record ApplicationWithdrawn(UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.recruitment.application-withdrawn.v1";
}
