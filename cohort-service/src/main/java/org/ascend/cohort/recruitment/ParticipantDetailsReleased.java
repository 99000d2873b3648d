package org.ascend.cohort.recruitment;

import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.recruitment.participant-details-released.v1.schema.json */
public record ParticipantDetailsReleased(UUID eventId, UUID applicationId, UUID offerId, String givenName,
        String familyName, String email, String organisationCode, String currentRole, String sponsorName,
        String sponsorEmail) {

    public static final String TYPE = "org.ascend.recruitment.participant-details-released.v1";
}
