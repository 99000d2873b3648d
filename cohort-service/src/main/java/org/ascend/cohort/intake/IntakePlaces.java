package org.ascend.cohort.intake;

import java.util.UUID;

/** The places an intake will fill, as recruitment last reported them. */
public record IntakePlaces(UUID intakeId, UUID schemeId, int places, String status, long version) {
}
