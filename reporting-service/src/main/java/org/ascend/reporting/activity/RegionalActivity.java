package org.ascend.reporting.activity;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ascend.reporting.disclosure.Shown;

/**
 * The regional networks' activity in one NHS financial year (April to March), per region: events by kind and how
 * many attended from each type of organisation. Below national level every count is disclosure-controlled like the
 * other figures (docs/reporting.md, "Regional activity"): a region's events are few, and its attendance by type of
 * organisation small enough to point to people.
 */
public record RegionalActivity(String financialYear, String region,
        @Schema(description = "True when counts are disclosure-controlled (below national level, except for the programme "
                + "team)") boolean disclosureControlled, List<Region> regions, Region total) {

    /** One region's year ({@code regionCode} null in the total). */
    public record Region(String regionCode, Shown events, Map<String, Shown> eventsByKind, Shown attendance,
            Map<String, Shown> attendanceByOrganisationType) {
    }
}
