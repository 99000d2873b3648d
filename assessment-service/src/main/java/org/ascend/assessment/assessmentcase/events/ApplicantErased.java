package org.ascend.assessment.assessmentcase.events;

import java.util.List;
import java.util.UUID;

/** Consumer-owned view of recruitment's applicant-erased.v1. */
public record ApplicantErased(UUID erasureId, List<UUID> applicationIds, String reason) {

    public static final String TYPE = "org.ascend.recruitment.applicant-erased.v1";
}
