package org.ascend.assessment.assessmentcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssessmentCaseRepository {

    private static final String COLUMNS = "id, application_id, intake_id, stage, status, opened_at, version, final_score";
    private final JdbcClient jdbc;

    AssessmentCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the application already has a case at this stage. */
    boolean insertIfAbsent(AssessmentCase c) {
        return jdbc.sql("INSERT INTO assessment_case (" + COLUMNS + ") VALUES (:id, :application, :intake, :stage,"
                + " :status, :openedAt, :version, NULL) ON CONFLICT (application_id, stage) DO NOTHING")
                .param("id", c.id()).param("application", c.applicationId()).param("intake", c.intakeId())
                .param("stage", c.stage()).param("status", c.status().name()).param("openedAt", Timestamp.from(c.openedAt()))
                .param("version", c.version())
                .update() == 1;
    }

    /** Every case of the application not already closed ends with this status (WITHDRAWN or ERASED). */
    void closeAll(UUID applicationId, CaseStatus status) {
        jdbc.sql("UPDATE assessment_case SET status = :status, version = version + 1"
                + " WHERE application_id = :id AND status IN (:open)")
                .param("status", status.name()).param("id", applicationId).param("open", names(CaseStatus.before(status)))
                .update();
    }

    /**
     * Screening: an ineligible application's cases not yet allocated wait as INELIGIBLE; an override to
     * eligible puts them back to PENDING. Allocated cases are left as they are.
     */
    void screened(UUID applicationId, boolean eligible) {
        jdbc.sql("UPDATE assessment_case SET status = :to, version = version + 1 WHERE application_id = :id AND status = :from")
                .param("to", (eligible ? CaseStatus.PENDING : CaseStatus.INELIGIBLE).name())
                .param("from", (eligible ? CaseStatus.INELIGIBLE : CaseStatus.PENDING).name())
                .param("id", applicationId).update();
    }

    /** PENDING cases become ALLOCATED once they have their assessors. */
    void markAllocated(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE assessment_case SET status = 'ALLOCATED', version = version + 1 WHERE id IN (:ids) AND status = 'PENDING'")
                    .param("ids", ids).update();
        }
    }

    /**
     * Moves a case on, only from a status that may lead to {@code status}; false when it is not in one (a
     * closed case stays closed).
     */
    boolean advance(UUID id, CaseStatus status, java.math.BigDecimal finalScore) {
        return jdbc.sql("UPDATE assessment_case SET status = :status, final_score = :score, version = version + 1"
                        + " WHERE id = :id AND status IN (:from)")
                .param("status", status.name()).param("score", finalScore).param("id", id)
                .param("from", names(CaseStatus.before(status))).update() == 1;
    }

    private static List<String> names(java.util.Set<CaseStatus> statuses) {
        return statuses.stream().map(CaseStatus::name).toList();
    }

    /** Holds the case's row until the transaction ends, so decisions about it happen one at a time. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM assessment_case WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
    }

    /** The case's version, moved on by one: each event about the case carries its own. */
    long nextVersion(UUID id) {
        return jdbc.sql("UPDATE assessment_case SET version = version + 1 WHERE id = :id RETURNING version")
                .param("id", id).query(Long.class).single();
    }

    public Optional<AssessmentCase> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_case WHERE id = :id").param("id", id)
                .query(AssessmentCaseRepository::map).optional();
    }

    public List<AssessmentCase> byIntake(UUID intakeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_case WHERE intake_id = :intake ORDER BY opened_at")
                .param("intake", intakeId).query(AssessmentCaseRepository::map).list();
    }

    public List<AssessmentCase> withStatus(CaseStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_case WHERE status = :status ORDER BY opened_at")
                .param("status", status.name()).query(AssessmentCaseRepository::map).list();
    }

    private static AssessmentCase map(ResultSet rs, int row) throws SQLException {
        return new AssessmentCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), CaseStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getBigDecimal(8));
    }
}
