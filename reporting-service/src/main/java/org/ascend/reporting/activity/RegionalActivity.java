package org.ascend.reporting.activity;

import java.util.List;
import java.util.Map;

/**
 * The regional networks' activity in one NHS financial year (April to March), per region: events by kind and how
 * many attended from each type of organisation. These are counts of events and attendances, not of people's
 * characteristics, so no disclosure control applies (docs/reporting.md, "Regional activity").
 */
public record RegionalActivity(String financialYear, String region, List<Region> regions, Region total) {

    /** One region's year ({@code regionCode} null in the total). */
    public record Region(String regionCode, int events, Map<String, Integer> eventsByKind, int attendance,
            Map<String, Integer> attendanceByOrganisationType) {
    }
}
