package org.ascend.reporting.activity.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.network-event-recorded.v1. */
public record NetworkEventRecorded(UUID networkEventId, UUID networkId, String regionCode, LocalDate heldOn,
        String financialYear, String kind, Map<String, Integer> attendanceByOrganisationType, int totalAttendance) {

    public static final String TYPE = "org.ascend.cohort.network-event-recorded.v1";
}
