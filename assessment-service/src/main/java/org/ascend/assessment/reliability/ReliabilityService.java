package org.ascend.assessment.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.ascend.assessment.framework.Criterion;
import org.ascend.assessment.framework.Framework;
import org.ascend.assessment.framework.FrameworkService;
import org.ascend.assessment.reliability.KrippendorffAlpha.Metric;
import org.ascend.assessment.reliability.RatingTable.Rating;
import org.ascend.assessment.scoring.ScoreSheet;
import org.ascend.assessment.scoring.ScoringService;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.springframework.stereotype.Service;

/** Reliability figures for a stage from its submitted score sheets. */
@Service
public class ReliabilityService {

    /** Bootstrap resamples and seed: the same scores always give the same intervals. */
    private static final int RESAMPLES = 2000;
    private static final long SEED = 20040101L;

    private final ScoringService scoring;
    private final StageService stages;
    private final FrameworkService frameworks;

    ReliabilityService(ScoringService scoring, StageService stages, FrameworkService frameworks) {
        this.scoring = scoring;
        this.stages = stages;
        this.frameworks = frameworks;
    }

    public StageReliability of(UUID intakeId, Stage.Kind kind) {
        Stage stage = stages.get(intakeId, kind);
        Framework framework = frameworks.get(stage.frameworkId());
        List<ScoreSheet> sheets = scoring.submittedOfStage(intakeId, kind.name());
        List<StageReliability.Figures> criteria = new ArrayList<>();
        for (Criterion c : framework.criteria()) {
            criteria.add(figures(c.id(), table(sheets, s -> s.scores().get(c.id()).score())));
        }
        RatingTable weighted = table(sheets, s -> weightedScore(s, framework));
        List<StageReliability.AssessorLean> leans = AssessorSeverity.of(weighted).entrySet().stream()
                .map(e -> new StageReliability.AssessorLean(e.getKey(), e.getValue().meanDeviation(), e.getValue().sharedUnits()))
                .sorted(Comparator.comparingDouble(StageReliability.AssessorLean::meanDeviation)).toList();
        return new StageReliability(kind.name(), (int) sheets.stream().map(ScoreSheet::caseId).distinct().count(), sheets.size(),
                criteria, figures("weighted", weighted), leans);
    }

    private static StageReliability.Figures figures(String criterion, RatingTable table) {
        double ordinal = KrippendorffAlpha.alpha(table, Metric.ORDINAL);
        double interval = KrippendorffAlpha.alpha(table, Metric.INTERVAL);
        var panel = largestSharedPanel(table);
        var icc = panel == null ? null : IntraclassCorrelation.of(panel);
        return new StageReliability.Figures(criterion, finite(ordinal),
                finite(KrippendorffAlpha.bootstrap(table, Metric.ORDINAL, RESAMPLES, SEED)), finite(interval),
                finite(KrippendorffAlpha.bootstrap(table, Metric.INTERVAL, RESAMPLES, SEED)), ReliabilityBand.ofAlpha(ordinal),
                icc, icc == null ? ReliabilityBand.INSUFFICIENT_DATA : icc.band(),
                icc == null ? "no two cases share the same assessors"
                        : icc.units() + " cases scored by the same " + icc.raters() + " assessors");
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Interval finite(Interval interval) {
        return Double.isFinite(interval.lower()) && Double.isFinite(interval.upper()) ? interval : null;
    }

    /**
     * ICC(2,·) needs the same raters on every unit (ADR 0005): the cases scored by the most common panel
     * of assessors, if at least two cases share one.
     */
    private static RatingTable largestSharedPanel(RatingTable table) {
        Map<TreeSet<String>, List<String>> unitsByPanel = new HashMap<>();
        for (String unit : table.units()) {
            unitsByPanel.computeIfAbsent(new TreeSet<>(table.scoresOf(unit).keySet()), p -> new ArrayList<>()).add(unit);
        }
        return unitsByPanel.entrySet().stream().filter(e -> e.getKey().size() >= 2 && e.getValue().size() >= 2)
                .max(Comparator.comparingInt((Map.Entry<TreeSet<String>, List<String>> e) -> e.getValue().size())
                        .thenComparing(e -> String.join(",", e.getKey())))
                .map(e -> {
                    List<Rating> ratings = new ArrayList<>();
                    e.getValue().forEach(unit -> table.scoresOf(unit).forEach((rater, v) -> ratings.add(new Rating(unit, rater, v))));
                    return RatingTable.of(ratings);
                }).orElse(null);
    }

    private static RatingTable table(List<ScoreSheet> sheets, ToDoubleFunction<ScoreSheet> value) {
        return RatingTable.of(sheets.stream().map(s -> new Rating(s.caseId().toString(), s.assessor(), value.applyAsDouble(s))).toList());
    }

    private static double weightedScore(ScoreSheet sheet, Framework framework) {
        return framework.criteria().stream().mapToDouble(c -> sheet.scores().get(c.id()).score() * c.weightPercent() / 100.0).sum();
    }
}
