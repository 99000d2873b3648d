package org.ascend.cohort.talent;

import java.util.List;
import java.util.UUID;

import org.ascend.cohort.career.RoleFamily;

/**
 * A talent-pool entry as a search shows it: only what the person agreed to share (name, current role, readiness and
 * role families; email only if they chose to share it).
 */
public record PoolView(UUID entryId, String givenName, String familyName, String currentRoleTitle, RoleFamily currentRoleFamily,
        String currentBand, Readiness readiness, List<RoleFamily> readyFor, String email) {
}
