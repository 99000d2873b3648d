package org.ascend.assessment.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AllocationRepository {

    private static final String COLUMNS = "id, case_id, application_id, intake_id, stage, assessor_subject, reason,"
            + " allocated_at, recused_at, recusal_reason";
    private static final String QUALIFIED_COLUMNS = "a.id, a.case_id, a.application_id, a.intake_id, a.stage,"
            + " a.assessor_subject, a.reason, a.allocated_at, a.recused_at, a.recusal_reason";
    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Allocation a) {
        jdbc.sql("INSERT INTO allocation (" + COLUMNS + ") VALUES (:id, :case, :application, :intake, :stage, :assessor,"
                        + " :reason, :at, NULL, NULL)")
                .param("id", a.id()).param("case", a.caseId()).param("application", a.applicationId())
                .param("intake", a.intakeId()).param("stage", a.stage()).param("assessor", a.assessor())
                .param("reason", a.reason()).param("at", Timestamp.from(a.allocatedAt())).update();
    }

    boolean recuse(UUID id, String reason, Instant at) {
        return jdbc.sql("UPDATE allocation SET recused_at = :at, recusal_reason = :reason WHERE id = :id AND recused_at IS NULL")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update() == 1;
    }

    Optional<Allocation> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM allocation WHERE id = :id").param("id", id)
                .query(AllocationRepository::map).optional();
    }

    List<Allocation> ofCase(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM allocation WHERE case_id = :case ORDER BY allocated_at")
                .param("case", caseId).query(AllocationRepository::map).list();
    }

    List<Allocation> ofIntake(UUID intakeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM allocation WHERE intake_id = :intake ORDER BY application_id, allocated_at")
                .param("intake", intakeId).query(AllocationRepository::map).list();
    }

    /** Still to work on: not recused, and the applicant is still in the process. */
    List<Allocation> activeOf(String assessor) {
        return jdbc.sql("SELECT " + QUALIFIED_COLUMNS + " FROM allocation a"
                        + " JOIN assessment_case c ON c.id = a.case_id"
                        + " WHERE a.assessor_subject = :a AND a.recused_at IS NULL AND c.status NOT IN ('WITHDRAWN', 'ERASED')"
                        + " ORDER BY a.allocated_at")
                .param("a", assessor).query(AllocationRepository::map).list();
    }

    /** Active allocations per assessor on applications still in the process: the load the allocator balances. */
    Map<String, Integer> loads() {
        return jdbc.sql("SELECT a.assessor_subject, count(*) FROM allocation a JOIN assessment_case c ON c.id = a.case_id"
                        + " WHERE a.recused_at IS NULL AND c.status NOT IN ('WITHDRAWN', 'ERASED') GROUP BY a.assessor_subject")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Applications each assessor recused from: never theirs again. */
    Map<String, java.util.Set<String>> recusals() {
        return jdbc.sql("SELECT assessor_subject, application_id FROM allocation WHERE recused_at IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    private static Allocation map(ResultSet rs, int row) throws SQLException {
        Timestamp recused = rs.getTimestamp(9);
        return new Allocation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), recused == null ? null : recused.toInstant(), rs.getString(10));
    }
}
