package org.ascend.reporting.equality.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.equality-recorded.v1 (restricted topic): what the breakdowns count. */
public record EqualityRecorded(UUID applicationId, UUID intakeId, String ethnicCategory, String ethnicGroup,
        Boolean blackAndMinorityEthnic, String ageBand, String disability, String religionBelief, String sex,
        String sexualOrientation) {

    public static final String TYPE = "org.ascend.recruitment.equality-recorded.v1";
}
