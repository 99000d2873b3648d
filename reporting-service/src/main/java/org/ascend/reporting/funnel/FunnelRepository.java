package org.ascend.reporting.funnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FunnelRepository {

    record IntakeRow(Integer places, String status) {
    }

    private final JdbcClient jdbc;

    FunnelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void intakeState(UUID intakeId, Integer places, String status, long version) {
        jdbc.sql("""
                INSERT INTO funnel_intake (intake_id, places, status, version) VALUES (:intake, :places, :status, :version)
                ON CONFLICT (intake_id) DO UPDATE
                    SET places = COALESCE(EXCLUDED.places, funnel_intake.places), status = EXCLUDED.status,
                        version = EXCLUDED.version
                WHERE funnel_intake.version < EXCLUDED.version""")
                .param("intake", intakeId).param("places", places).param("status", status).param("version", version)
                .update();
    }

    void applied(UUID applicationId, UUID intakeId, String regionCode, Instant submittedAt) {
        jdbc.sql("""
                INSERT INTO funnel_application (application_id, intake_id, region_code, submitted_at)
                VALUES (:application, :intake, :region, :submitted) ON CONFLICT (application_id) DO NOTHING""")
                .param("application", applicationId).param("intake", intakeId).param("region", regionCode)
                .param("submitted", Timestamp.from(submittedAt))
                .update();
    }

    void inAssessment(UUID applicationId, UUID intakeId, UUID caseId) {
        jdbc.sql("""
                INSERT INTO funnel_assessment (application_id, intake_id, case_id)
                VALUES (:application, :intake, :case) ON CONFLICT (application_id) DO NOTHING""")
                .param("application", applicationId).param("intake", intakeId).param("case", caseId)
                .update();
    }

    Optional<IntakeRow> intake(UUID intakeId) {
        return jdbc.sql("SELECT places, status FROM funnel_intake WHERE intake_id = :intake").param("intake", intakeId)
                .query((rs, n) -> new IntakeRow((Integer) rs.getObject(1), rs.getString(2))).optional();
    }

    long count(String table, UUID intakeId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE intake_id = :intake").param("intake", intakeId)
                .query(Long.class).single();
    }
}
