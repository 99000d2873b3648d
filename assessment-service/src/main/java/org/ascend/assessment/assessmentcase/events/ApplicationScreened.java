package org.ascend.assessment.assessmentcase.events;

import java.util.UUID;

/** Consumer-owned view of recruitment's application-screened.v1 (on submission, and on each override). */
public record ApplicationScreened(UUID applicationId, UUID intakeId, boolean eligible) {

    public static final String TYPE = "org.ascend.recruitment.application-screened.v1";
}
