package org.ascend.recruitment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's application to an intake. {@code applicantSubject} is who submitted it (their token's
 * subject). Once {@code anonymisedAt} is set (retention or erasure) the profile's personal fields, the
 * answers and the sponsor are gone for good; region, band and outcomes stay for statistics.
 */
public record Application(UUID id, UUID intakeId, String applicantSubject, ApplicantProfile profile,
        Map<String, Object> answers, Sponsorship sponsorship, String status, Instant submittedAt, long version,
        Boolean eligible, List<String> eligibilityReasons, String eligibilityOverride, Instant anonymisedAt) {
}
