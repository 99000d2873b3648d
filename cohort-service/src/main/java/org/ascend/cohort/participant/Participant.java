package org.ascend.cohort.participant;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A person enrolled in a cohort by accepting its offer. The contact details a programme team needs arrive from
 * recruitment after acceptance ({@code contact} is null until then, docs/adr/0012); nothing else of the application
 * and never equality data.
 */
public record Participant(UUID id, UUID cohortId, UUID offerId, UUID intakeId, UUID applicationId,
        @JsonIgnore String applicantSubject, ParticipantStatus status, Contact contact, Instant detailsReceivedAt,
        Instant enrolledAt, Instant anonymisedAt, long version) {

    public record Contact(String givenName, String familyName, String email, String organisationCode, String currentRole,
            String sponsorName, String sponsorEmail) {
    }
}
