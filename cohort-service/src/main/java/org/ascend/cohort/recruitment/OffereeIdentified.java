package org.ascend.cohort.recruitment;

import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.recruitment.offeree-identified.v1.schema.json */
public record OffereeIdentified(UUID eventId, UUID applicationId, UUID offerId, String applicantSubject) {

    public static final String TYPE = "org.ascend.recruitment.offeree-identified.v1";
}
