package org.ascend.recruitment.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's application to an intake. {@code applicantSubject} is who submitted it (their token's
 * subject). Name and email are personal data and never leave this service.
 */
public record Application(UUID id, UUID intakeId, String applicantSubject, String applicantEmail, String givenName, String familyName,
        String regionCode, String band, String organisationCode, String currentRole, String status,
        Instant submittedAt, long version, Boolean eligible, String eligibilityReasons, String eligibilityOverride) {
}
