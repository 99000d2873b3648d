package org.ascend.cohort.outcome;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.outcome.events.StageOutcomeDecided;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Assessment's stage outcomes per intake, kept from its events, and the order offers follow: those who progress
 * from a stage, best settled score first; between equal scores the one an Equality Act s.159 tie-break preferred,
 * then the application id, so the order never depends on arrival (docs/cohorts.md).
 */
@Service
public class StageOutcomes {

    /** Assessment's stages in the order an application meets them (docs/domain.md §1). */
    private static final List<String> STAGE_ORDER = List.of("SIFT", "ASSESSMENT_CENTRE", "INTERVIEW");

    private final JdbcClient jdbc;

    StageOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(StageOutcomeDecided decided) {
        // A decision may be revised: the newest one stands.
        jdbc.sql("""
                INSERT INTO stage_outcome (intake_id, application_id, stage, case_id, decision, final_score, tie_break, decided_at)
                VALUES (:intake, :application, :stage, :case, :decision, :score, :tieBreak, :at)
                ON CONFLICT (intake_id, application_id, stage) DO UPDATE SET case_id = EXCLUDED.case_id,
                    decision = EXCLUDED.decision, final_score = EXCLUDED.final_score, tie_break = EXCLUDED.tie_break,
                    decided_at = EXCLUDED.decided_at
                WHERE stage_outcome.decided_at <= EXCLUDED.decided_at""")
                .param("intake", decided.intakeId()).param("application", decided.applicationId())
                .param("stage", decided.stage()).param("case", decided.caseId()).param("decision", decided.decision())
                .param("score", decided.finalScore()).param("tieBreak", decided.tieBreak())
                .param("at", Timestamp.from(decided.occurredAt()))
                .update();
    }

    /** The intake's last stage that has decisions, which offers are made from unless another is named. */
    public Optional<String> finalDecidedStage(UUID intakeId) {
        List<String> decided = jdbc.sql("SELECT DISTINCT stage FROM stage_outcome WHERE intake_id = :intake")
                .param("intake", intakeId).query(String.class).list();
        for (int i = STAGE_ORDER.size() - 1; i >= 0; i--) {
            if (decided.contains(STAGE_ORDER.get(i))) {
                return Optional.of(STAGE_ORDER.get(i));
            }
        }
        return Optional.empty();
    }

    /** Those who progress from the stage, in offer order. */
    public List<StageOutcome> progressingInRankOrder(UUID intakeId, String stage) {
        return jdbc.sql("""
                SELECT intake_id, application_id, stage, decision, final_score, tie_break FROM stage_outcome
                WHERE intake_id = :intake AND stage = :stage AND decision = 'PROGRESS'
                ORDER BY final_score DESC, tie_break DESC, application_id""")
                .param("intake", intakeId).param("stage", stage)
                .query((rs, n) -> new StageOutcome(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), "PROGRESS".equals(rs.getString(4)), rs.getBigDecimal(5), rs.getBoolean(6)))
                .list();
    }
}
