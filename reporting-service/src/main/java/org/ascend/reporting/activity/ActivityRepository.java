package org.ascend.reporting.activity;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ascend.reporting.activity.events.NetworkEventRecorded;
import org.ascend.reporting.activity.events.SessionHeld;
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

    /** A session and its attendance as last recorded (a later version replaces an earlier one). */
    public void held(SessionHeld session, long version) {
        jdbc.sql("""
                INSERT INTO session_held (session_id, cohort_id, kind, starts_at, attended, apologies, absent, version)
                VALUES (:id, :cohort, :kind, :startsAt, :attended, :apologies, :absent, :version)
                ON CONFLICT (session_id) DO UPDATE SET kind = EXCLUDED.kind, starts_at = EXCLUDED.starts_at,
                    attended = EXCLUDED.attended, apologies = EXCLUDED.apologies, absent = EXCLUDED.absent,
                    version = EXCLUDED.version
                WHERE session_held.version < EXCLUDED.version""")
                .param("id", session.sessionId()).param("cohort", session.cohortId()).param("kind", session.kind())
                .param("startsAt", java.sql.Timestamp.from(session.startsAt())).param("attended", session.attended())
                .param("apologies", session.apologies()).param("absent", session.absent()).param("version", version).update();
    }

    /** One region's true sums for a year, before disclosure control. */
    record RegionSums(Map<String, Long> eventsByKind, Map<String, Long> attendanceByOrganisationType) {
    }

    /** The year's events of one region, or every region ({@code region} null), per region in code order. */
    Map<String, RegionSums> byRegion(String financialYear, String region) {
        Map<String, RegionSums> regions = new TreeMap<>();
        jdbc.sql("""
                SELECT region_code, kind, attendance FROM network_activity
                WHERE financial_year = :year AND (CAST(:region AS TEXT) IS NULL OR region_code = :region)""")
                .param("year", financialYear).param("region", region)
                .query(rs -> {
                    RegionSums sums = regions.computeIfAbsent(rs.getString(1), code -> new RegionSums(new TreeMap<>(), new TreeMap<>()));
                    sums.eventsByKind().merge(rs.getString(2), 1L, Long::sum);
                    JSON.readValue(rs.getString(3), new TypeReference<Map<String, Long>>() {
                    }).forEach((type, count) -> sums.attendanceByOrganisationType().merge(type, count, Long::sum));
                });
        return regions;
    }

    /** Sessions held in a period, by kind: how many, and attended, apologies, absent (true counts). */
    Map<String, long[]> sessions(java.time.Instant from, java.time.Instant until) {
        Map<String, long[]> byKind = new TreeMap<>();
        jdbc.sql("""
                SELECT kind, count(*), sum(attended), sum(apologies), sum(absent) FROM session_held
                WHERE starts_at >= :from AND starts_at < :until GROUP BY kind""")
                .param("from", java.sql.Timestamp.from(from)).param("until", java.sql.Timestamp.from(until))
                .query(rs -> {
                    byKind.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return byKind;
    }
}
