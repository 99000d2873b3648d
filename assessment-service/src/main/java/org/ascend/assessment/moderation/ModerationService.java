package org.ascend.assessment.moderation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.CaseStatus;
import org.ascend.assessment.allocation.AllocationService;
import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.assessmentcase.events.AssessmentCompleted;
import org.ascend.assessment.moderation.events.ModerationResolved;
import org.ascend.assessment.framework.Criterion;
import org.ascend.assessment.framework.Framework;
import org.ascend.assessment.framework.FrameworkService;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moderation: when assessors still disagree beyond tolerance, a moderator who did not assess the case
 * records the agreed score per criterion with a written rationale; the case is then MODERATED.
 */
@Service
public class ModerationService {

    private final AssessmentCaseService cases;
    private final AllocationService allocations;
    private final StageService stages;
    private final FrameworkService frameworks;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ModerationService(AssessmentCaseService cases, AllocationService allocations, StageService stages,
            FrameworkService frameworks, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.allocations = allocations;
        this.stages = stages;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public Moderation record(UUID caseId, Caller moderator, Map<String, Integer> agreed, String rationale) {
        AssessmentCase assessmentCase = cases.get(caseId);
        if (assessmentCase.status() != CaseStatus.MODERATION_REQUIRED) {
            throw ApiProblem.conflict("moderation-not-required", "Nothing to moderate",
                    "This case is " + assessmentCase.status() + "; only a case whose assessors disagree beyond the "
                            + "stage's tolerance needs moderation.");
        }
        if (allocations.ofIntake(assessmentCase.intakeId()).stream()
                .anyMatch(a -> a.caseId().equals(caseId) && a.assessor().equals(moderator.subject()))) {
            throw ApiProblem.conflict("not-independent", "You assessed this case",
                    "A moderator must not have scored the case they moderate. Ask another moderator.");
        }
        Framework framework = frameworks.get(stages.find(assessmentCase.intakeId(), assessmentCase.stage()).orElseThrow()
                .frameworkId());
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (Criterion c : framework.criteria()) {
            Integer score = agreed.get(c.id());
            if (score == null || score < framework.scaleMin() || score > framework.scaleMax()) {
                problems.put("agreedScores." + c.id(), "needs an agreed score on the scale " + framework.scaleMin() + "-"
                        + framework.scaleMax());
            } else {
                weighted = weighted.add(BigDecimal.valueOf((long) score * c.weightPercent()).movePointLeft(2));
            }
        }
        agreed.keySet().stream().filter(id -> framework.criteria().stream().noneMatch(c -> c.id().equals(id)))
                .forEach(id -> problems.put("agreedScores." + id, "is not a criterion of this framework"));
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidFields(problems);
        }
        BigDecimal finalScore = weighted.setScale(3, RoundingMode.HALF_UP);
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO moderation (case_id, moderator, agreed_scores, rationale, recorded_at)
                VALUES (:case, :moderator, CAST(:scores AS jsonb), :rationale, :at)""")
                .param("case", caseId).param("moderator", moderator.subject()).param("scores", json.writeValueAsString(agreed))
                .param("rationale", rationale).param("at", Timestamp.from(now)).update();
        cases.advance(caseId, CaseStatus.MODERATED, finalScore);
        long version = cases.get(caseId).version();
        events.publishEvent(new ModerationResolved(UUID.randomUUID(), caseId, assessmentCase.applicationId(),
                assessmentCase.intakeId(), Stage.Kind.valueOf(assessmentCase.stage()), finalScore, version, now));
        events.publishEvent(new AssessmentCompleted(UUID.randomUUID(), caseId, assessmentCase.applicationId(),
                assessmentCase.intakeId(), Stage.Kind.valueOf(assessmentCase.stage()), finalScore, AssessmentCompleted.SettledBy.MODERATION, cases.nextVersion(caseId), now));
        return new Moderation(caseId, moderator.subject(), Map.copyOf(agreed), rationale, finalScore, now);
    }

    public Optional<Moderation> of(UUID caseId) {
        BigDecimal finalScore = cases.get(caseId).finalScore();
        return jdbc.sql("SELECT moderator, agreed_scores, rationale, recorded_at FROM moderation WHERE case_id = :case")
                .param("case", caseId)
                .query((rs, n) -> new Moderation(caseId, rs.getString(1), json.readValue(rs.getString(2),
                        new TypeReference<Map<String, Integer>>() { }), rs.getString(3), finalScore, rs.getTimestamp(4).toInstant()))
                .optional();
    }
}
