package org.ascend.cohort.talent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.cohort.career.RoleFamily;

/** A consenting participant or alumnus in a local system's talent pool, as the programme team placed them. */
public record PoolEntry(UUID id, UUID localSystemId, UUID participantId, Readiness readiness, List<RoleFamily> roleFamilies,
        Instant addedAt) {
}
