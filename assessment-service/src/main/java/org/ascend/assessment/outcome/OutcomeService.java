package org.ascend.assessment.outcome;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.CaseStatus;
import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.assessment.outcome.events.StageOutcomeDecided;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage outcomes: the ranking by final score and the programme manager's decision per case. An
 * Equality Act 2010 s.159 tie-break may prefer one candidate only over another of exactly equal score,
 * and is recorded with its evidence (docs/domain.md §2: never applied wholesale).
 */
@Service
public class OutcomeService {

    public enum Decision { PROGRESS, NOT_PROGRESS }

    /** The s.159 basis: the equal-scoring case preferred over, and the evidence of under-representation. */
    public record TieBreak(UUID overCaseId, String evidence) {
    }

    private final AssessmentCaseService cases;
    private final StageService stages;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OutcomeService(AssessmentCaseService cases, StageService stages, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.cases = cases;
        this.stages = stages;
        this.jdbc = jdbc;
        this.events = events;
    }

    public Ranking rank(UUID intakeId, Stage.Kind kind) {
        Stage stage = stages.get(intakeId, kind);
        List<AssessmentCase> ofStage = cases.forIntake(intakeId).stream().filter(c -> c.stage().equals(kind.name())).toList();
        Map<UUID, String> decided = decisions(intakeId);
        List<AssessmentCase> settled = ofStage.stream().filter(c -> c.finalScore() != null)
                .sorted(Comparator.comparing(AssessmentCase::finalScore).reversed().thenComparing(c -> c.id().toString())).toList();
        List<Ranking.Entry> ranked = new ArrayList<>();
        for (int i = 0; i < settled.size(); i++) {
            AssessmentCase c = settled.get(i);
            int rank = 1 + (int) settled.stream().filter(o -> o.finalScore().compareTo(c.finalScore()) > 0).count();
            ranked.add(new Ranking.Entry(c.id(), c.applicationId(), c.finalScore(), rank, suggestion(stage, settled, c, rank),
                    decided.get(c.id())));
        }
        List<UUID> unsettled = ofStage.stream().filter(c -> c.finalScore() == null
                && !c.status().closed()).map(AssessmentCase::id).toList();
        return new Ranking(intakeId, kind.name(), stage.passRule().name(), stage.passValue(), ranked, unsettled);
    }

    @Transactional
    public AssessmentCase decide(UUID caseId, Caller manager, Decision decision, String reason, TieBreak tieBreak) {
        AssessmentCase c = cases.get(caseId);
        if (c.status().decided()) {
            throw ApiProblem.conflict("already-decided", "Already decided",
                    "This case was decided (" + c.status() + "); the decision and its record stand.");
        }
        if (!c.status().settled()) {
            throw ApiProblem.conflict("not-settled", "No settled score yet",
                    "This case is " + c.status() + ". Decide once its scores are settled (SCORED or MODERATED).");
        }
        if (tieBreak != null) {
            checkTieBreak(c, tieBreak);
        }
        jdbc.sql("""
                INSERT INTO stage_decision (case_id, decision, decided_by, reason, tie_break_over, tie_break_evidence, decided_at)
                VALUES (:case, :decision, :by, :reason, :over, :evidence, :at)""")
                .param("case", caseId).param("decision", decision.name()).param("by", manager.subject()).param("reason", reason)
                .param("over", tieBreak == null ? null : tieBreak.overCaseId())
                .param("evidence", tieBreak == null ? null : tieBreak.evidence()).param("at", Timestamp.from(Instant.now()))
                .update();
        CaseStatus status = decision == Decision.PROGRESS ? CaseStatus.PROGRESSED : CaseStatus.NOT_PROGRESSED;
        cases.advance(caseId, status, c.finalScore());
        AssessmentCase decided = cases.get(caseId);
        events.publishEvent(new StageOutcomeDecided(UUID.randomUUID(), caseId, c.applicationId(), c.intakeId(), Stage.Kind.valueOf(c.stage()),
                decision, c.finalScore(), tieBreak != null, decided.version(), Instant.now()));
        if (decision == Decision.PROGRESS) { // on to the intake's next stage, if it has one
            stages.after(c.intakeId(), Stage.Kind.valueOf(c.stage()))
                    .ifPresent(next -> cases.openNextStage(c.applicationId(), c.intakeId(), next.kind().name()));
        }
        return decided;
    }

    /** s.159(4): only between candidates "as qualified as" each other, here: exactly equal final scores. */
    private void checkTieBreak(AssessmentCase preferred, TieBreak tieBreak) {
        AssessmentCase other = cases.get(tieBreak.overCaseId());
        if (!EqualMerit.between(preferred, other)) {
            throw ApiProblem.conflict("tie-break-unequal", "Not a tie",
                    "A tie-break under Equality Act s.159 is allowed only between candidates of equal merit: this case "
                            + "scored " + preferred.finalScore() + ", the other " + (other.finalScore() == null ? "no settled score"
                            : other.finalScore()) + " at " + other.stage() + ". Decide on merit instead.");
        }
    }

    private static String suggestion(Stage stage, List<AssessmentCase> settled, AssessmentCase c, int rank) {
        BigDecimal value = stage.passValue();
        return switch (stage.passRule()) {
            case MANUAL -> "DECIDE";
            case THRESHOLD -> c.finalScore().compareTo(value) >= 0 ? "PROGRESS" : "NOT_PROGRESS";
            case TOP_N -> {
                int n = value.intValue();
                long sameScore = settled.stream().filter(o -> o.finalScore().compareTo(c.finalScore()) == 0).count();
                if (rank + sameScore - 1 <= n) {
                    yield "PROGRESS";
                }
                yield rank <= n ? "DECIDE" : "NOT_PROGRESS"; // a tie across the boundary: the manager decides
            }
        };
    }

    private Map<UUID, String> decisions(UUID intakeId) {
        return jdbc.sql("""
                SELECT d.case_id, d.decision FROM stage_decision d JOIN assessment_case c ON c.id = d.case_id
                WHERE c.intake_id = :intake""")
                .param("intake", intakeId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
