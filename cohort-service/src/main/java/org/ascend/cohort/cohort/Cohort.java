package org.ascend.cohort.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One group of participants going through a scheme's programme together (docs/domain.md §1, docs/cohorts.md). */
public record Cohort(UUID id, UUID intakeId, UUID schemeId, String name, int capacity, LocalDate startsOn,
        LocalDate endsOn, CohortStatus status, String cancelReason, Scope scope, List<String> deliveryPartners,
        Instant createdAt, long version) {
}
