package org.ascend.reporting.funnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FunnelRepository {

    record IntakeRow(Integer places, String status) {
    }

    record Counts(long applied, long eligible, long endorsed, long offered, long enrolled, long completed, long withdrawn,
            long ineligible, long erased, long leftProgramme) {
    }

    /** The columns one event may set: each service's events set only their own. */
    private static final Set<String> FLAGS = Set.of("eligible", "endorsed", "withdrawn", "offered", "enrolled", "completed",
            "left_programme");

    private final JdbcClient jdbc;

    FunnelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An intake's status and places (latest version wins), and its scheme and opening time (whichever event has them). */
    void intakeState(UUID intakeId, UUID schemeId, Integer places, Instant opensAt, String status, long version) {
        jdbc.sql("""
                INSERT INTO funnel_intake (intake_id, places, status, version) VALUES (:intake, :places, :status, :version)
                ON CONFLICT (intake_id) DO UPDATE
                    SET places = COALESCE(EXCLUDED.places, funnel_intake.places), status = EXCLUDED.status,
                        version = EXCLUDED.version
                WHERE funnel_intake.version < EXCLUDED.version""")
                .param("intake", intakeId).param("places", places).param("status", status).param("version", version)
                .update();
        jdbc.sql("UPDATE funnel_intake SET scheme_id = COALESCE(CAST(:scheme AS UUID), scheme_id), "
                + "opens_at = COALESCE(CAST(:opens AS TIMESTAMP WITH TIME ZONE), opens_at) WHERE intake_id = :intake")
                .param("intake", intakeId).param("scheme", schemeId).param("opens", opensAt == null ? null : Timestamp.from(opensAt))
                .update();
    }

    /** The cohort the application's participant is in, and if they left the programme, the category of why. */
    void inCohort(UUID applicationId, UUID intakeId, UUID cohortId, String withdrawalReason) {
        jdbc.sql("""
                INSERT INTO application_progress (application_id, intake_id, cohort_id, withdrawal_reason)
                VALUES (:application, :intake, CAST(:cohort AS UUID), CAST(:reason AS TEXT))
                ON CONFLICT (application_id) DO UPDATE SET cohort_id = COALESCE(EXCLUDED.cohort_id, application_progress.cohort_id),
                    withdrawal_reason = COALESCE(EXCLUDED.withdrawal_reason, application_progress.withdrawal_reason)""")
                .param("application", applicationId).param("intake", intakeId).param("cohort", cohortId)
                .param("reason", withdrawalReason).update();
    }

    void applied(UUID applicationId, UUID intakeId, String regionCode, Instant submittedAt) {
        jdbc.sql("""
                INSERT INTO application_progress (application_id, intake_id, region_code, submitted_at)
                VALUES (:application, :intake, :region, :submitted)
                ON CONFLICT (application_id) DO UPDATE SET region_code = EXCLUDED.region_code,
                    submitted_at = EXCLUDED.submitted_at""")
                .param("application", applicationId).param("intake", intakeId).param("region", regionCode)
                .param("submitted", Timestamp.from(submittedAt))
                .update();
    }

    /** Sets one fact about an application, whether or not its submission has been seen yet (topics interleave). */
    void set(UUID applicationId, UUID intakeId, String flag, boolean value) {
        if (!FLAGS.contains(flag)) {
            throw new IllegalArgumentException("not a funnel flag: " + flag);
        }
        jdbc.sql("INSERT INTO application_progress (application_id, intake_id, " + flag + ") VALUES (:application, :intake, :value)"
                + " ON CONFLICT (application_id) DO UPDATE SET " + flag + " = EXCLUDED." + flag)
                .param("application", applicationId).param("intake", intakeId).param("value", value).update();
    }

    /** The person is gone; their progress stays for the counts (it never held anything personal). */
    void erased(List<UUID> applicationIds) {
        applicationIds.forEach(id -> jdbc.sql("INSERT INTO erased_application (application_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", id).update());
    }

    /** A stage's settled outcome, with its final score (null from producers older than the score). */
    void decided(UUID applicationId, UUID intakeId, String stage, boolean progressed, Double finalScore) {
        jdbc.sql("""
                INSERT INTO application_stage (application_id, intake_id, stage, progressed, final_score)
                VALUES (:application, :intake, :stage, :progressed, :score)
                ON CONFLICT (application_id, stage) DO UPDATE SET progressed = EXCLUDED.progressed, final_score = EXCLUDED.final_score""")
                .param("application", applicationId).param("intake", intakeId).param("stage", stage).param("progressed", progressed)
                .param("score", finalScore).update();
    }

    /** Which participant the application became: links it to the careers read model (predictive validity). */
    void participant(UUID applicationId, UUID intakeId, UUID participantId) {
        jdbc.sql("""
                INSERT INTO application_progress (application_id, intake_id, participant_id) VALUES (:application, :intake, :participant)
                ON CONFLICT (application_id) DO UPDATE SET participant_id = COALESCE(EXCLUDED.participant_id, application_progress.participant_id)""")
                .param("application", applicationId).param("intake", intakeId).param("participant", participantId).update();
    }

    void completedAt(UUID applicationId, UUID intakeId, Instant completedAt) {
        jdbc.sql("""
                INSERT INTO application_progress (application_id, intake_id, completed_at) VALUES (:application, :intake, :at)
                ON CONFLICT (application_id) DO UPDATE SET completed_at = COALESCE(EXCLUDED.completed_at, application_progress.completed_at)""")
                .param("application", applicationId).param("intake", intakeId)
                .param("at", completedAt == null ? null : Timestamp.from(completedAt)).update();
    }

    private static final String INTAKE_SUMMARY = """
            SELECT intake_id, scheme_id, CAST(EXTRACT(YEAR FROM opens_at AT TIME ZONE 'Europe/London') AS INT), status, places
            FROM funnel_intake""";

    /** Intakes, optionally of one scheme and opened in one calendar year, newest first. */
    List<IntakeSummary> intakes(UUID schemeId, Integer year) {
        return jdbc.sql(INTAKE_SUMMARY + """
                 WHERE (CAST(:scheme AS UUID) IS NULL OR scheme_id = :scheme)
                  AND (CAST(:year AS INT) IS NULL OR EXTRACT(YEAR FROM opens_at AT TIME ZONE 'Europe/London') = :year)
                ORDER BY opens_at DESC NULLS LAST, intake_id""").param("scheme", schemeId).param("year", year)
                .query(FunnelRepository::summary).list();
    }

    Optional<IntakeSummary> summary(UUID intakeId) {
        return jdbc.sql(INTAKE_SUMMARY + " WHERE intake_id = :intake").param("intake", intakeId).query(FunnelRepository::summary)
                .optional();
    }

    private static IntakeSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new IntakeSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), (Integer) rs.getObject(3),
                rs.getString(4), (Integer) rs.getObject(5));
    }

    Optional<IntakeRow> intake(UUID intakeId) {
        return jdbc.sql("SELECT places, status FROM funnel_intake WHERE intake_id = :intake").param("intake", intakeId)
                .query((rs, n) -> new IntakeRow((Integer) rs.getObject(1), rs.getString(2))).optional();
    }

    /** Applied counts only submissions seen; every other stage counts what it says, whatever else is known. */
    Counts counts(List<UUID> intakeIds) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL), count(*) FILTER (WHERE eligible),
                       count(*) FILTER (WHERE endorsed), count(*) FILTER (WHERE offered), count(*) FILTER (WHERE enrolled),
                       count(*) FILTER (WHERE completed), count(*) FILTER (WHERE withdrawn),
                       count(*) FILTER (WHERE eligible = FALSE), count(x.application_id),
                       count(*) FILTER (WHERE left_programme)
                FROM application_progress p LEFT JOIN erased_application x ON x.application_id = p.application_id
                WHERE intake_id IN (:intakes)""").param("intakes", intakeIds)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10))).single();
    }

    long progressedAt(List<UUID> intakeIds, String stage) {
        return jdbc.sql("SELECT count(*) FROM application_stage WHERE intake_id IN (:intakes) AND stage = :stage AND progressed")
                .param("intakes", intakeIds).param("stage", stage).query(Long.class).single();
    }

    long decidedAt(List<UUID> intakeIds, String stage) {
        return jdbc.sql("SELECT count(*) FROM application_stage WHERE intake_id IN (:intakes) AND stage = :stage")
                .param("intakes", intakeIds).param("stage", stage).query(Long.class).single();
    }
}
