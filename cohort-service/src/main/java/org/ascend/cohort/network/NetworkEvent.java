package org.ascend.cohort.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ascend.cohort.career.OrganisationType;

/**
 * An event a network held: when, what kind, its topic, and how many attended from each type of organisation; the
 * consenting participants and alumni linked to it are counted in {@code linkedParticipants}.
 */
public record NetworkEvent(UUID id, UUID networkId, LocalDate heldOn, EventKind kind, String topic,
        Map<OrganisationType, Integer> attendance, int linkedParticipants) {

    public int totalAttendance() {
        return attendance.values().stream().mapToInt(Integer::intValue).sum();
    }
}
