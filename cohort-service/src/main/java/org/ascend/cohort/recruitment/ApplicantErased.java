package org.ascend.cohort.recruitment;

import java.util.List;
import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.recruitment.applicant-erased.v1.schema.json */
public record ApplicantErased(UUID eventId, UUID erasureId, List<UUID> applicationIds, String reason) {

    public static final String TYPE = "org.ascend.recruitment.applicant-erased.v1";
}
