package org.ascend.cohort.adjustment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionAdjustmentRepository {

    private static final String COLUMNS = "participant_id, cohort_id, needs, requested_at, arranged, arranged_at";

    private final JdbcClient jdbc;

    SessionAdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request replaces the last one, and what was arranged for it (it must be arranged again). */
    void save(UUID participantId, UUID cohortId, String needs, Instant at) {
        jdbc.sql("""
                INSERT INTO session_adjustment (participant_id, cohort_id, needs, requested_at) VALUES (:participant, :cohort, :needs, :at)
                ON CONFLICT (participant_id) DO UPDATE SET needs = EXCLUDED.needs, requested_at = EXCLUDED.requested_at,
                    arranged = NULL, arranged_at = NULL, arranged_by = NULL""")
                .param("participant", participantId).param("cohort", cohortId).param("needs", needs)
                .param("at", Timestamp.from(at)).update();
    }

    Optional<SessionAdjustment> of(UUID participantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_adjustment WHERE participant_id = :participant")
                .param("participant", participantId).query(SessionAdjustmentRepository::row).optional();
    }

    List<SessionAdjustment> ofCohort(UUID cohortId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_adjustment WHERE cohort_id = :cohort ORDER BY requested_at")
                .param("cohort", cohortId).query(SessionAdjustmentRepository::row).list();
    }

    void arrange(UUID participantId, String arranged, String by, Instant at) {
        jdbc.sql("UPDATE session_adjustment SET arranged = :arranged, arranged_by = :by, arranged_at = :at WHERE participant_id = :participant")
                .param("participant", participantId).param("arranged", arranged).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    void deleteOfApplications(List<UUID> applicationIds) {
        jdbc.sql("DELETE FROM session_adjustment WHERE participant_id IN (SELECT id FROM participant WHERE application_id IN (:ids))")
                .param("ids", applicationIds).update();
    }

    private static SessionAdjustment row(ResultSet rs, int row) throws SQLException {
        Timestamp arrangedAt = rs.getTimestamp(6);
        return new SessionAdjustment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), arrangedAt == null ? null : arrangedAt.toInstant());
    }
}
