package org.ascend.cohort.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One role a participant held, during or after the scheme, as one source reported it (docs/cohorts.md, "Careers").
 * Records from different sources about the same role are kept side by side, not merged.
 *
 * @param monthsSinceCompletion whole months from completing the programme to the role's start; negative for a role
 *                              started before completing, null while the participant has not completed
 */
public record CareerRecord(UUID id, UUID participantId, UUID cohortId, Source source, String organisationCode,
        OrganisationType organisationType, String regionCode, String roleTitle, RoleFamily roleFamily, String band,
        LocalDate startsOn, LocalDate endsOn, boolean boardLevel, boolean interim, Integer monthsSinceCompletion,
        Instant recordedAt) {

    /** Who said so: the participant, their employer, or a published board list. */
    public enum Source { SELF_REPORTED, EMPLOYER_CONFIRMED, PUBLIC_BOARD_LIST }

    /** What a role is, as reported; the service adds who, when and how long after completion. */
    public record Role(String organisationCode, OrganisationType organisationType, String regionCode, String roleTitle,
            RoleFamily roleFamily, String band, LocalDate startsOn, LocalDate endsOn, boolean boardLevel, boolean interim) {
    }

    public boolean current(LocalDate today) {
        return !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
    }
}
