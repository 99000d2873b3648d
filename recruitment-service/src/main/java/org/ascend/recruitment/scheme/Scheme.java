package org.ascend.recruitment.scheme;

import java.time.Instant;
import java.util.UUID;

import org.ascend.recruitment.eligibility.EligibilityRules;

/** A standing programme such as Aspirant Director of Workforce (DOMAIN.md §1). */
public record Scheme(UUID id, String name, String description, int targetCohortSize, EligibilityRules eligibility,
        Instant createdAt) {
}
