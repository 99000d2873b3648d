package org.ascend.recruitment.scheme;

import java.time.Instant;
import java.util.UUID;

/** A standing programme such as Aspirant Director of Workforce (DOMAIN.md §1). */
public record Scheme(UUID id, String name, String description, int targetCohortSize, Instant createdAt) {
}
