package org.ascend.assessment.stage;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StageRepository {

    private final JdbcClient jdbc;

    StageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(UUID intakeId, List<Stage> stages) {
        jdbc.sql("DELETE FROM intake_stage WHERE intake_id = :intake").param("intake", intakeId).update();
        for (Stage s : stages) {
            jdbc.sql("""
                    INSERT INTO intake_stage (intake_id, position, stage, framework_id, assessors_per_application,
                        tolerance, pass_rule, pass_value)
                    VALUES (:intake, :position, :stage, :framework, :assessors, :tolerance, :rule, :value)""")
                    .param("intake", intakeId).param("position", s.position()).param("stage", s.kind().name())
                    .param("framework", s.frameworkId()).param("assessors", s.assessorsPerApplication())
                    .param("tolerance", s.tolerance()).param("rule", s.passRule().name()).param("value", s.passValue())
                    .update();
        }
    }

    List<Stage> ofIntake(UUID intakeId) {
        return jdbc.sql("""
                SELECT intake_id, position, stage, framework_id, assessors_per_application, tolerance, pass_rule, pass_value
                FROM intake_stage WHERE intake_id = :intake ORDER BY position""")
                .param("intake", intakeId)
                .query((rs, n) -> new Stage(rs.getObject(1, UUID.class), rs.getInt(2), Stage.Kind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getInt(5), rs.getBigDecimal(6), Stage.PassRule.valueOf(rs.getString(7)),
                        rs.getBigDecimal(8)))
                .list();
    }
}
