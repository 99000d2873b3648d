package org.ascend.cohort.alumni;

import org.ascend.cohort.career.RoleFamily;

/**
 * One alumnus in the scheme's directory, as they agreed to be shown: name, cohort, current role and region (the
 * region of their current employer, as they reported it).
 */
public record DirectoryEntry(String givenName, String familyName, String cohortName, String currentRoleTitle,
        RoleFamily currentRoleFamily, String currentOrganisationCode, String regionCode) {
}
