package org.ascend.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.CaseStatus;
import org.ascend.assessment.allocation.Allocation;
import org.ascend.assessment.allocation.AllocationService;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.assessment.assessmentcase.events.AssessmentCompleted;
import org.ascend.assessment.scoring.events.ModerationRequired;
import org.ascend.assessment.scoring.events.ScoresSubmitted;
import org.ascend.assessment.framework.Criterion;
import org.ascend.assessment.framework.Framework;
import org.ascend.assessment.framework.FrameworkService;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Independent scoring (docs/domain.md §2): each assessor scores every criterion of the stage's framework with
 * evidence, saves as they go, and submits, which locks the sheet. Nobody sees another assessor's scores
 * until every assessor allocated to the case has submitted.
 */
@Service
public class ScoringService {

    /** A sheet as shown: scores, the weighted score (criteria weights, out of the scale), and its state. */
    public record SheetView(Map<String, CriterionScore> scores, Double weightedScore, Instant savedAt, Instant submittedAt) {
    }

    /** The caller's own sheet and, once everyone has submitted, the others' (without names). */
    public record MyScores(UUID allocationId, SheetView mine, boolean othersVisible, String othersNote, List<SheetView> others) {
    }

    /** For the programme team: every submitted sheet of a case, and how far they spread. */
    public record CaseScores(UUID caseId, int assessors, int submitted, List<SheetView> sheets, Double spread) {
    }

    private static final int EVIDENCE_LIMIT = 2000;

    private final ScoreSheetRepository sheets;
    private final AllocationService allocations;
    private final StageService stages;
    private final FrameworkService frameworks;
    private final AssessmentCaseService cases;
    private final ApplicationEventPublisher events;

    ScoringService(ScoreSheetRepository sheets, AllocationService allocations, StageService stages, FrameworkService frameworks,
            AssessmentCaseService cases, ApplicationEventPublisher events) {
        this.events = events;
        this.sheets = sheets;
        this.cases = cases;
        this.allocations = allocations;
        this.stages = stages;
        this.frameworks = frameworks;
    }

    @Transactional
    public MyScores save(UUID allocationId, Caller assessor, Map<String, CriterionScore> scores) {
        Allocation allocation = allocations.ownActive(allocationId, assessor);
        Framework framework = frameworkOf(allocation);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Criterion> criteria = criteria(framework);
        scores.forEach((criterion, score) -> {
            if (!criteria.containsKey(criterion)) {
                problems.put("scores." + criterion, "is not a criterion of this framework " + criteria.keySet());
            } else if (score == null || score.score() < framework.scaleMin() || score.score() > framework.scaleMax()) {
                problems.put("scores." + criterion, "must be a point on the scale " + framework.scaleMin() + "-" + framework.scaleMax());
            } else if (score.evidence() != null && score.evidence().length() > EVIDENCE_LIMIT) {
                problems.put("scores." + criterion + ".evidence", "must be at most " + EVIDENCE_LIMIT + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidFields(problems);
        }
        var draft = new ScoreSheet(allocationId, allocation.caseId(), assessor.subject(), Map.copyOf(scores), Instant.now(), null, 1);
        if (!sheets.saveDraft(draft)) {
            throw locked();
        }
        return view(allocationId, assessor);
    }

    @Transactional
    public MyScores submit(UUID allocationId, Caller assessor) {
        Allocation allocation = allocations.ownActive(allocationId, assessor);
        cases.lock(allocation.caseId());
        Map<String, CriterionScore> scores = sheets.find(allocationId).map(ScoreSheet::scores).orElse(Map.of());
        Map<String, String> missing = new LinkedHashMap<>();
        for (String criterion : criteria(frameworkOf(allocation)).keySet()) {
            CriterionScore score = scores.get(criterion);
            if (score == null || score.evidence() == null || score.evidence().isBlank()) {
                missing.put("scores." + criterion, "needs a score and the evidence for it before you submit");
            }
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidFields(missing);
        }
        if (!sheets.submit(allocationId, Instant.now())) {
            throw locked();
        }
        List<Allocation> panel = allocations.activeOfCase(allocation.caseId());
        events.publishEvent(new ScoresSubmitted(UUID.randomUUID(), allocation.caseId(), allocation.applicationId(),
                allocation.intakeId(), Stage.Kind.valueOf(allocation.stage()), submittedSheets(allocation.caseId(), panel).size(), panel.size(),
                cases.nextVersion(allocation.caseId()), Instant.now()));
        settleIfComplete(allocation);
        return view(allocationId, assessor);
    }

    /**
     * Once every assessor on the case has submitted (docs/domain.md §2): within the stage's tolerance the case
     * is SCORED at the mean weighted score; beyond it, one further independent assessor joins the first
     * time, and after that the case needs moderation.
     */
    private void settleIfComplete(Allocation allocation) {
        List<Allocation> panel = allocations.activeOfCase(allocation.caseId());
        List<ScoreSheet> submitted = submittedSheets(allocation.caseId(), panel);
        if (submitted.size() < panel.size()) {
            return;
        }
        Stage stage = stageOf(allocation);
        Framework framework = frameworks.get(stage.frameworkId());
        Settlement settlement = Settlement.of(submitted.stream().map(ScoreSheet::scores).toList(),
                submitted.stream().map(sheet -> view(sheet, framework).weightedScore()).toList(), stage.tolerance(),
                panel.size() <= stage.assessorsPerApplication());
        if (settlement.outcome() == Settlement.Outcome.AGREED) {
            cases.advance(allocation.caseId(), CaseStatus.SCORED, settlement.score());
            events.publishEvent(new AssessmentCompleted(UUID.randomUUID(), allocation.caseId(), allocation.applicationId(),
                    allocation.intakeId(), Stage.Kind.valueOf(allocation.stage()), settlement.score(),
                    AssessmentCompleted.SettledBy.AGREEMENT, cases.get(allocation.caseId()).version(), Instant.now()));
        } else if (settlement.outcome() == Settlement.Outcome.FURTHER_ASSESSOR
                && allocations.addIndependentAssessor(allocation.caseId())) {
            cases.advance(allocation.caseId(), CaseStatus.EXTRA_ASSESSOR, null);
        } else {
            cases.advance(allocation.caseId(), CaseStatus.MODERATION_REQUIRED, null);
            events.publishEvent(new ModerationRequired(UUID.randomUUID(), allocation.caseId(), allocation.applicationId(),
                    allocation.intakeId(), Stage.Kind.valueOf(allocation.stage()), settlement.spread(),
                    cases.get(allocation.caseId()).version(), Instant.now()));
        }
    }

    public MyScores view(UUID allocationId, Caller assessor) {
        Allocation allocation = allocations.ownActive(allocationId, assessor);
        Framework framework = frameworkOf(allocation);
        Optional<ScoreSheet> mine = sheets.find(allocationId);
        List<Allocation> panel = allocations.activeOfCase(allocation.caseId());
        List<ScoreSheet> submitted = submittedSheets(allocation.caseId(), panel);
        boolean everyoneSubmitted = submitted.size() == panel.size();
        List<SheetView> others = new ArrayList<>();
        if (everyoneSubmitted) {
            submitted.stream().filter(s -> !s.allocationId().equals(allocationId)).forEach(s -> others.add(view(s, framework)));
        }
        String note = everyoneSubmitted ? "All " + panel.size() + " assessors have submitted."
                : "Hidden until all " + panel.size() + " assessors have submitted (" + submitted.size() + " so far).";
        return new MyScores(allocationId, mine.map(s -> view(s, framework)).orElse(null), everyoneSubmitted, note, others);
    }

    public CaseScores ofCase(UUID caseId) {
        cases.get(caseId);
        List<Allocation> panel = allocations.activeOfCase(caseId);
        if (panel.isEmpty()) {
            return new CaseScores(caseId, 0, 0, List.of(), null);
        }
        Framework framework = frameworkOf(panel.get(0));
        List<SheetView> submitted = submittedSheets(caseId, panel).stream().map(s -> view(s, framework)).toList();
        Double spread = submitted.size() < 2 ? null
                : submitted.stream().mapToDouble(SheetView::weightedScore).max().orElseThrow()
                        - submitted.stream().mapToDouble(SheetView::weightedScore).min().orElseThrow();
        return new CaseScores(caseId, panel.size(), submitted.size(), submitted, spread);
    }

    /** The submitted sheets of a stage, for reliability figures. */
    public List<ScoreSheet> submittedOfStage(UUID intakeId, String stage) {
        return sheets.submittedOfStage(intakeId, stage);
    }

    private List<ScoreSheet> submittedSheets(UUID caseId, List<Allocation> panel) {
        var active = panel.stream().map(Allocation::id).toList();
        return sheets.ofCase(caseId).stream().filter(s -> s.submitted() && active.contains(s.allocationId())).toList();
    }

    private Framework frameworkOf(Allocation allocation) {
        return frameworks.get(stageOf(allocation).frameworkId());
    }

    private Stage stageOf(Allocation allocation) {
        return stages.find(allocation.intakeId(), allocation.stage()).orElseThrow(() -> ApiProblem.conflict("stage-not-configured", "No framework for this stage",
                        "The intake's " + allocation.stage() + " stage has no framework. Ask the programme manager."));
    }

    private static Map<String, Criterion> criteria(Framework framework) {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        framework.criteria().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /** Weighted score: the sum of score × weight / 100, on the framework's scale; null until every criterion is scored. */
    private static SheetView view(ScoreSheet sheet, Framework framework) {
        Double weighted = 0.0;
        for (Criterion c : framework.criteria()) {
            CriterionScore s = sheet.scores().get(c.id());
            if (s == null) {
                weighted = null;
                break;
            }
            weighted += s.score() * c.weightPercent() / 100.0;
        }
        // Rounded to 3 decimals, so 4 × 0.6 + 3 × 0.4 reads 3.6, not 3.5999999999999996.
        Double shown = weighted == null ? null : BigDecimal.valueOf(weighted).setScale(3, RoundingMode.HALF_UP).doubleValue();
        return new SheetView(sheet.scores(), shown, sheet.savedAt(), sheet.submittedAt());
    }

    private static ApiProblem locked() {
        return ApiProblem.conflict("scores-locked", "Scores submitted",
                "You submitted these scores, so they are locked. If they must change, the moderator records the agreed score.");
    }
}
