package org.ascend.recruitment.application;

import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.Profession;

/**
 * Who is applying (docs/domain.md §1). Name, email, employer and role are personal data: they never leave
 * this service, never reach assessors, and are blanked when the application is anonymised.
 * {@code confirmsTargetedGroup} is the applicant's own statement for a targeted (s.158) scheme.
 */
public record ApplicantProfile(String email, String givenName, String familyName, String regionCode, String band,
        String organisationCode, OrganisationType organisationType, Profession profession, String currentRole,
        Boolean confirmsTargetedGroup) {
}
