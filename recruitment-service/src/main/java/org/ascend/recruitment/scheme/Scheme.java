package org.ascend.recruitment.scheme;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.eligibility.PositiveAction;

/**
 * A standing programme such as Aspirant Director of Workforce (docs/domain.md §1). An empty
 * {@code regionsCovered} means national. Unsuccessful applications are anonymised
 * {@code retentionMonths} after their intake closes (docs/domain.md §2: the claim period, commonly 6).
 */
public record Scheme(UUID id, String name, String ownerBody, String description, int targetCohortSize,
        Set<String> regionsCovered, EligibilityRules eligibility, PositiveAction positiveAction, int retentionMonths,
        Instant createdAt) {
}
