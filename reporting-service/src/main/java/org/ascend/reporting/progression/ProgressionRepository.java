package org.ascend.reporting.progression;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ascend.reporting.progression.events.CareerMoveRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career read model: who is tracked in which cohort and since when, and the moves recorded (no names). */
@Repository
public class ProgressionRepository {

    private final JdbcClient jdbc;

    ProgressionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void tracked(UUID participantId, UUID cohortId, LocalDate completedOn) {
        jdbc.sql("""
                INSERT INTO career_tracked (participant_key, cohort_id, completed_on) VALUES (:key, :cohort, :completedOn)
                ON CONFLICT (participant_key) DO UPDATE SET completed_on = coalesce(EXCLUDED.completed_on, career_tracked.completed_on)""")
                .param("key", participantId).param("cohort", cohortId)
                .param("completedOn", completedOn == null ? null : Date.valueOf(completedOn)).update();
    }

    public void moved(CareerMoveRecorded move) {
        jdbc.sql("""
                INSERT INTO career_move (record_id, participant_key, cohort_id, role_family, band, board_level, interim,
                    months_since_completion)
                VALUES (:record, :key, :cohort, :family, :band, :board, :interim, :months)
                ON CONFLICT (record_id) DO NOTHING""")
                .param("record", move.recordId()).param("key", move.participantId()).param("cohort", move.cohortId())
                .param("family", move.roleFamily()).param("band", move.band()).param("board", move.boardLevel())
                .param("interim", move.interim()).param("months", move.monthsSinceCompletion()).update();
    }

    /**
     * The participant withdrew: their rows are re-keyed to the withdrawal's event id (the same on every replay, so a
     * rebuild gives the same rows), and nothing reporting holds links them to the person any more.
     */
    public void anonymise(UUID participantId, UUID withdrawalId) {
        for (String table : List.of("career_move", "career_tracked")) {
            jdbc.sql("UPDATE " + table + " SET participant_key = :anonymous WHERE participant_key = :key")
                    .param("anonymous", withdrawalId).param("key", participantId).update();
        }
    }

    /** Progression of the alumni of these cohorts together, as of {@code today}. */
    Progression of(List<UUID> cohorts, LocalDate today) {
        if (cohorts.isEmpty()) {
            return Progression.NONE;
        }
        return jdbc.sql("""
                WITH alumni AS (
                    SELECT participant_key, completed_on FROM career_tracked
                    WHERE cohort_id IN (:cohorts) AND completed_on IS NOT NULL
                ), promoted AS (
                    SELECT a.participant_key, a.completed_on, min(m.months_since_completion) AS first_months
                    FROM alumni a JOIN career_move m ON m.participant_key = a.participant_key
                    WHERE m.board_level AND m.months_since_completion IS NOT NULL
                    GROUP BY a.participant_key, a.completed_on
                )
                SELECT (SELECT count(*) FROM alumni),
                       (SELECT count(*) FROM alumni WHERE completed_on <= CAST(:today AS DATE) - INTERVAL '12 months'),
                       (SELECT count(*) FROM promoted WHERE first_months <= 12
                            AND completed_on <= CAST(:today AS DATE) - INTERVAL '12 months'),
                       (SELECT count(*) FROM alumni WHERE completed_on <= CAST(:today AS DATE) - INTERVAL '24 months'),
                       (SELECT count(*) FROM promoted WHERE first_months <= 24
                            AND completed_on <= CAST(:today AS DATE) - INTERVAL '24 months'),
                       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY first_months) FROM promoted
                            WHERE first_months >= 0),
                       (SELECT count(*) FROM career_move WHERE cohort_id IN (:cohorts) AND board_level),
                       (SELECT count(*) FROM career_move WHERE cohort_id IN (:cohorts) AND board_level AND interim)""")
                .param("cohorts", cohorts).param("today", Date.valueOf(today))
                .query((rs, n) -> new Progression(rs.getInt(1), share(rs.getLong(3), rs.getLong(2)),
                        share(rs.getLong(5), rs.getLong(4)), (Double) rs.getObject(6), share(rs.getLong(8), rs.getLong(7))))
                .single();
    }

    /** A move starts {@code months_since_completion} months after its alumnus completed (to the month). */
    ProgressionService.Moves movesBetween(LocalDate from, LocalDate until) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE m.board_level), count(*) FILTER (WHERE m.board_level AND m.interim)
                FROM career_move m JOIN career_tracked t ON t.participant_key = m.participant_key
                WHERE t.completed_on IS NOT NULL AND m.months_since_completion IS NOT NULL
                  AND t.completed_on + make_interval(months => m.months_since_completion) >= CAST(:from AS DATE)
                  AND t.completed_on + make_interval(months => m.months_since_completion) < CAST(:until AS DATE)""")
                .param("from", Date.valueOf(from)).param("until", Date.valueOf(until))
                .query((rs, n) -> new ProgressionService.Moves(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
