package org.ascend.reporting.activity;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ascend.reporting.activity.events.NetworkEventRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ActivityRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recorded(NetworkEventRecorded event) {
        jdbc.sql("""
                INSERT INTO network_activity (network_event_id, network_id, region_code, held_on, financial_year, kind,
                    attendance, total_attendance)
                VALUES (:id, :network, :region, :heldOn, :year, :kind, CAST(:attendance AS JSONB), :total)
                ON CONFLICT (network_event_id) DO NOTHING""")
                .param("id", event.networkEventId()).param("network", event.networkId()).param("region", event.regionCode())
                .param("heldOn", Date.valueOf(event.heldOn())).param("year", event.financialYear()).param("kind", event.kind())
                .param("attendance", JSON.writeValueAsString(event.attendanceByOrganisationType()))
                .param("total", event.totalAttendance()).update();
    }

    /** The year's events of one region, or every region ({@code region} null), per region in code order. */
    List<RegionalActivity.Region> byRegion(String financialYear, String region) {
        Map<String, Accumulator> regions = new TreeMap<>();
        jdbc.sql("""
                SELECT region_code, kind, attendance FROM network_activity
                WHERE financial_year = :year AND (CAST(:region AS TEXT) IS NULL OR region_code = :region)""")
                .param("year", financialYear).param("region", region)
                .query(rs -> {
                    regions.computeIfAbsent(rs.getString(1), code -> new Accumulator()).add(rs.getString(2),
                            JSON.readValue(rs.getString(3), new TypeReference<Map<String, Integer>>() {
                            }));
                });
        List<RegionalActivity.Region> result = new ArrayList<>();
        regions.forEach((code, totals) -> result.add(totals.as(code)));
        return result;
    }

    /** Sums of one region's (or all regions') events. */
    static final class Accumulator {
        private int events;
        private final Map<String, Integer> byKind = new TreeMap<>();
        private final Map<String, Integer> byOrganisationType = new TreeMap<>();

        void add(String kind, Map<String, Integer> attendance) {
            events++;
            byKind.merge(kind, 1, Integer::sum);
            attendance.forEach((type, count) -> byOrganisationType.merge(type, count, Integer::sum));
        }

        void add(RegionalActivity.Region region) {
            events += region.events();
            region.eventsByKind().forEach((kind, count) -> byKind.merge(kind, count, Integer::sum));
            region.attendanceByOrganisationType().forEach((type, count) -> byOrganisationType.merge(type, count, Integer::sum));
        }

        RegionalActivity.Region as(String regionCode) {
            return new RegionalActivity.Region(regionCode, events, Map.copyOf(byKind),
                    byOrganisationType.values().stream().mapToInt(Integer::intValue).sum(), new TreeMap<>(byOrganisationType));
        }
    }
}
