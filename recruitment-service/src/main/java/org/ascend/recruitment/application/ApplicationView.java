package org.ascend.recruitment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.recruitment.application.ApplicantProfile;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.Sponsorship;

/**
 * An application as its applicant and the programme team see it. Never shown to assessors, sponsors or
 * regional leads: they have views of their own without identity or equality data.
 */
public record ApplicationView(UUID id, UUID intakeId, String status, Instant submittedAt, ApplicantProfile profile,
        Map<String, Object> answers, Sponsorship sponsor, Boolean eligible, List<String> eligibilityReasons,
        boolean eligibilityOverridden, String eligibilityOverrideReason, Instant anonymisedAt) {

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id(), a.intakeId(), a.status(), a.submittedAt(), a.profile(), a.answers(),
                a.sponsorship(), a.eligible(), a.eligibilityReasons(), a.eligibilityOverride() != null,
                a.eligibilityOverride(), a.anonymisedAt());
    }
}
