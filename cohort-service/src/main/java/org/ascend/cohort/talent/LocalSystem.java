package org.ascend.cohort.talent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A local system (an integrated care system): its region and the ODS codes of its member organisations. */
public record LocalSystem(UUID id, String name, String regionCode, List<String> memberOrganisations, Instant createdAt) {
}
