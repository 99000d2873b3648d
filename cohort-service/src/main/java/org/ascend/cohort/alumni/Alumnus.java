package org.ascend.cohort.alumni;

import java.time.LocalDate;
import java.util.UUID;

/** A participation that completed: the person is an alumnus of the scheme and of the cohort. */
public record Alumnus(UUID participantId, UUID schemeId, UUID cohortId, String cohortName, LocalDate completedOn) {
}
