package org.ascend.assessment.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.assessment.framework.Framework;
import org.ascend.assessment.framework.FrameworkService;
import org.ascend.platform.problem.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An intake's stages, checked against their frameworks; setting them fixes those framework versions. */
@Service
public class StageService {

    /** docs/domain.md §2: at least two assessors per application at sift (NHS shortlisting practice). */
    static final int MINIMUM_SIFT_ASSESSORS = 2;

    /** A stage as configured, before it has a position. */
    public record Spec(Stage.Kind kind, UUID frameworkId, int assessorsPerApplication, BigDecimal tolerance,
            Stage.PassRule passRule, BigDecimal passValue) {
    }

    private final StageRepository stages;
    private final FrameworkService frameworks;

    StageService(StageRepository stages, FrameworkService frameworks) {
        this.stages = stages;
        this.frameworks = frameworks;
    }

    @Transactional
    public List<Stage> configure(UUID intakeId, List<Spec> specs) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Stage> configured = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            String at = "stages[" + i + "].";
            Framework framework = frameworks.get(spec.frameworkId());
            int range = framework.scaleMax() - framework.scaleMin();
            if (spec.kind() == Stage.Kind.SIFT && spec.assessorsPerApplication() < MINIMUM_SIFT_ASSESSORS) {
                problems.put(at + "assessorsPerApplication", "must be at least " + MINIMUM_SIFT_ASSESSORS + " at sift");
            }
            if (spec.tolerance().compareTo(BigDecimal.valueOf(range)) > 0) {
                problems.put(at + "tolerance", "must not exceed the framework's scale range (" + range + ")");
            }
            problems.putAll(passRuleProblems(at, spec, framework));
            configured.add(new Stage(intakeId, i + 1, spec.kind(), spec.frameworkId(), spec.assessorsPerApplication(),
                    spec.tolerance(), spec.passRule(), spec.passValue()));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidFields(problems);
        }
        stages.replace(intakeId, configured);
        frameworks.markInUse(configured.stream().map(Stage::frameworkId).distinct().toList());
        return configured;
    }

    public List<Stage> ofIntake(UUID intakeId) {
        return stages.ofIntake(intakeId);
    }

    /** One stage of an intake, by its kind's name (as cases and allocations record it). */
    public Optional<Stage> find(UUID intakeId, String kind) {
        return stages.ofIntake(intakeId).stream().filter(s -> s.kind().name().equals(kind)).findFirst();
    }

    /** The intake's next configured stage after this one (sift, then assessment centre, then interview), if any. */
    public Optional<Stage> after(UUID intakeId, Stage.Kind kind) {
        return stages.ofIntake(intakeId).stream().filter(s -> s.kind().ordinal() > kind.ordinal())
                .min(java.util.Comparator.comparing(s -> s.kind().ordinal()));
    }

    /** One stage of an intake; 404 when the intake has no such stage. */
    public Stage get(UUID intakeId, Stage.Kind kind) {
        return find(intakeId, kind.name()).orElseThrow(() -> ApiProblem.notFound("Stage " + kind + " of intake", intakeId));
    }

    private static Map<String, String> passRuleProblems(String at, Spec spec, Framework framework) {
        BigDecimal value = spec.passValue();
        return switch (spec.passRule()) {
            case MANUAL -> value == null ? Map.of() : Map.of(at + "passValue", "must be absent for MANUAL");
            case TOP_N -> value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 0 ? Map.of()
                    : Map.of(at + "passValue", "must be a whole number of candidates (1 or more) for TOP_N");
            case THRESHOLD -> value != null && value.compareTo(BigDecimal.valueOf(framework.scaleMin())) >= 0
                    && value.compareTo(BigDecimal.valueOf(framework.scaleMax())) <= 0 ? Map.of()
                    : Map.of(at + "passValue", "must be a weighted score within the framework's scale ("
                            + framework.scaleMin() + "-" + framework.scaleMax() + ") for THRESHOLD");
        };
    }
}
