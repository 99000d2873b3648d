package org.ascend.reporting.reports.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cohorts of a financial year, from the read models: intakes opened in it, cohorts that held sessions in it,
 * cohorts whose participants completed in it. Counts are true counts; the report controls them.
 */
@Repository
class YearCohorts {

    /** An intake opened in the year. */
    record Opened(UUID intakeId, Instant opensAt, Integer places) {
    }

    /** A cohort and a count of its participants (enrolled, or completed in the year), in its region if one is asked. */
    record CohortCount(UUID cohortId, Instant intakeOpened, long sessions, long people) {
    }

    private final JdbcClient jdbc;

    YearCohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Opened> opened(Instant from, Instant until) {
        return jdbc.sql("""
                SELECT intake_id, opens_at, places FROM funnel_intake WHERE opens_at >= :from AND opens_at < :until
                ORDER BY opens_at, intake_id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, n) -> new Opened(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        (Integer) rs.getObject(3))).list();
    }

    /** Cohorts that held sessions in the period: how many sessions, and how many participants they enrolled. */
    List<CohortCount> running(Instant from, Instant until, String region) {
        return jdbc.sql("""
                SELECT s.cohort_id, min(i.opens_at), s.sessions, count(p.application_id)
                FROM (SELECT cohort_id, count(*) AS sessions FROM session_held
                      WHERE starts_at >= :from AND starts_at < :until GROUP BY cohort_id) s
                LEFT JOIN application_progress p ON p.cohort_id = s.cohort_id AND p.enrolled
                     AND (CAST(:region AS TEXT) IS NULL OR p.region_code = :region)
                LEFT JOIN funnel_intake i ON i.intake_id = p.intake_id
                GROUP BY s.cohort_id, s.sessions ORDER BY min(i.opens_at) NULLS LAST, s.cohort_id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("region", region)
                .query(YearCohorts::cohortCount).list();
    }

    /** Cohorts with participants who completed in the period, and how many did. */
    List<CohortCount> completed(Instant from, Instant until, String region) {
        return jdbc.sql("""
                SELECT p.cohort_id, min(i.opens_at), 0, count(*)
                FROM application_progress p LEFT JOIN funnel_intake i ON i.intake_id = p.intake_id
                WHERE p.completed_at >= :from AND p.completed_at < :until AND p.cohort_id IS NOT NULL
                  AND (CAST(:region AS TEXT) IS NULL OR p.region_code = :region)
                GROUP BY p.cohort_id ORDER BY min(i.opens_at) NULLS LAST, p.cohort_id""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("region", region)
                .query(YearCohorts::cohortCount).list();
    }

    private static CohortCount cohortCount(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp opened = rs.getTimestamp(2);
        return new CohortCount(rs.getObject(1, UUID.class), opened == null ? null : opened.toInstant(), rs.getLong(3), rs.getLong(4));
    }
}
