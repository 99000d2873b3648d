package org.ascend.assessment.allocation.events;

import java.util.UUID;

/** Consumer-owned view of recruitment's applicant-employer-recorded.v1 (restricted topic). */
public record ApplicantEmployerRecorded(UUID applicationId, UUID intakeId, String organisationCode) {

    public static final String TYPE = "org.ascend.recruitment.applicant-employer-recorded.v1";
}
