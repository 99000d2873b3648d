package org.ascend.cohort.talent;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.career.RoleFamily;

/** A talent lead's interest in a person in a pool, for a vacancy: the person sees who and for what. */
public record Interest(UUID id, UUID entryId, String talentLeadEmail, String organisationCode, String vacancy,
        RoleFamily roleFamily, Instant registeredAt) {
}
