package org.ascend.recruitment.adjustment;

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
class AdjustmentRepository {

    private static final String COLUMNS = "r.id, r.application_id, r.needs, r.requested_at, r.arranged, r.arranged_at";

    private final JdbcClient jdbc;

    AdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request, or the applicant's new words for their existing one (what was arranged is then to be redone). */
    void save(UUID applicationId, String needs, Instant at) {
        jdbc.sql("""
                INSERT INTO adjustment_request (id, application_id, needs, requested_at) VALUES (:id, :application, :needs, :at)
                ON CONFLICT (application_id) DO UPDATE SET needs = EXCLUDED.needs, requested_at = EXCLUDED.requested_at,
                    arranged = NULL, arranged_at = NULL, arranged_by = NULL""")
                .param("id", UUID.randomUUID()).param("application", applicationId).param("needs", needs)
                .param("at", Timestamp.from(at)).update();
    }

    Optional<AdjustmentRequest> ofApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM adjustment_request r WHERE r.application_id = :application")
                .param("application", applicationId).query(AdjustmentRepository::map).optional();
    }

    Optional<AdjustmentRequest> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM adjustment_request r WHERE r.id = :id").param("id", id)
                .query(AdjustmentRepository::map).optional();
    }

    List<AdjustmentRequest> ofIntake(UUID intakeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM adjustment_request r JOIN application a ON a.id = r.application_id"
                + " WHERE a.intake_id = :intake ORDER BY r.requested_at, r.id")
                .param("intake", intakeId).query(AdjustmentRepository::map).list();
    }

    void arrange(UUID id, String arranged, String by, Instant at) {
        jdbc.sql("UPDATE adjustment_request SET arranged = :arranged, arranged_by = :by, arranged_at = :at WHERE id = :id")
                .param("id", id).param("arranged", arranged).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void delete(List<UUID> applicationIds) {
        jdbc.sql("DELETE FROM adjustment_request WHERE application_id IN (:ids)").param("ids", applicationIds).update();
    }

    private static AdjustmentRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp arranged = rs.getTimestamp(6);
        return new AdjustmentRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), arranged == null ? null : arranged.toInstant());
    }
}
