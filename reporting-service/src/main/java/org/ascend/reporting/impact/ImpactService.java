package org.ascend.reporting.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.breakdown.StageCounts;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.Shown;
import org.ascend.reporting.equality.Characteristic;
import org.springframework.stereotype.Service;

/**
 * Adverse impact per selection step and characteristic (docs/reporting.md). Groups whose answer is "prefer not to say"
 * or "not stated" are not compared. Below national level the figures rest on the disclosure-controlled counts: a group
 * with a suppressed count is shown as suppressed, the rest are computed from the counts as shown.
 */
@Service
public class ImpactService {

    /** The selection steps: the sift, offers from the shortlist, enrolment from offers. */
    private static final List<String[]> STEPS = List.of(new String[] {"eligible", "shortlisted"},
            new String[] {"shortlisted", "offered"}, new String[] {"offered", "enrolled"});

    private final StageCounts stageCounts;

    ImpactService(StageCounts stageCounts) {
        this.stageCounts = stageCounts;
    }

    public ImpactReport of(UUID intakeId, Characteristic by, String region, Caller caller) {
        return of(intakeId, by, ReportScope.of(caller, region));
    }

    /** Adverse impact for a scope decided elsewhere (a report's audience). */
    public ImpactReport of(UUID intakeId, Characteristic by, ReportScope scope) {
        Map<String, long[]> counts = stageCounts.of(intakeId, by, scope.region());
        Map<String, long[]> bme = stageCounts.of(intakeId, Characteristic.BME, scope.region());
        List<String> compared = by.categories().stream()
                .filter(c -> !c.equals(Characteristic.PREFER_NOT_TO_SAY) && !c.equals(Characteristic.NOT_STATED)).toList();
        List<ImpactReport.Step> steps = new ArrayList<>();
        for (String[] step : STEPS) {
            List<AdverseImpact.GroupImpact> groups = new ArrayList<>();
            List<GroupOutcome> outcomes = new ArrayList<>();
            List<String> suppressed = new ArrayList<>();
            collect(counts, by.categories(), compared, step, scope, outcomes, suppressed);
            groups.addAll(AdverseImpact.of(outcomes));
            suppressed.forEach(group -> groups.add(AdverseImpact.suppressed(group)));
            List<GroupOutcome> whiteAndBme = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            collect(bme, Characteristic.BME.categories(), List.of("White", "BME"), step, scope, whiteAndBme, hidden);
            AdverseImpact.GroupImpact likelihood = hidden.isEmpty()
                    ? AdverseImpact.relativeLikelihood(whiteAndBme.get(0), whiteAndBme.get(1)) : AdverseImpact.suppressed("White vs BME");
            steps.add(new ImpactReport.Step(step[0], step[1], groups, likelihood));
        }
        return new ImpactReport(intakeId, by.id(), scope.region(), !scope.asTheyAre(), steps);
    }

    /** Each compared group's considered and selected counts at a step, as the scope shows them; suppressed ones apart. */
    private static void collect(Map<String, long[]> counts, List<String> categories, List<String> compared, String[] step,
            ReportScope scope, List<GroupOutcome> outcomes, List<String> suppressed) {
        ControlledTable from = BreakdownService.controlledStage(counts, categories, StageCounts.STAGES.indexOf(step[0]), scope);
        ControlledTable to = BreakdownService.controlledStage(counts, categories, StageCounts.STAGES.indexOf(step[1]), scope);
        for (String group : compared) {
            int column = categories.indexOf(group);
            Shown considered = from.cells()[0][column];
            Shown selected = to.cells()[0][column];
            if (considered.suppressed() || selected.suppressed()) {
                suppressed.add(group);
            } else {
                outcomes.add(new GroupOutcome(group, considered.value(), selected.value()));
            }
        }
    }
}
