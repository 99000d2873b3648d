package org.ascend.reporting.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.equality.Characteristic;
import org.springframework.stereotype.Service;

/** Funnel stages by region or protected characteristic (docs/reporting.md), shown as the caller's scope allows. */
@Service
public class BreakdownService {

    private final StageCounts stageCounts;

    BreakdownService(StageCounts stageCounts) {
        this.stageCounts = stageCounts;
    }

    public Breakdown of(UUID intakeId, Characteristic by, String region, Caller caller) {
        return of(intakeId, by, ReportScope.of(caller, region));
    }

    /** The breakdown for a scope decided elsewhere (the statistics topic: one region, controlled). */
    public Breakdown of(UUID intakeId, Characteristic by, ReportScope scope) {
        Map<String, long[]> counts = stageCounts.of(intakeId, by, scope.region());
        List<String> categories = by.categories();
        List<Breakdown.StageRow> rows = new ArrayList<>();
        for (int s = 0; s < StageCounts.STAGES.size(); s++) {
            ControlledTable table = controlledStage(counts, categories, s, scope);
            rows.add(new Breakdown.StageRow(StageCounts.STAGES.get(s), List.of(table.cells()[0]), table.rowTotals()[0]));
        }
        return new Breakdown(intakeId, by.id(), scope.region(), !scope.asTheyAre(), categories, rows);
    }

    /** One stage as its own table (categories with the stage's total): stages are nested, not parts of a sum. */
    public static ControlledTable controlledStage(Map<String, long[]> counts, List<String> categories, int stage, ReportScope scope) {
        long[] row = new long[categories.size()];
        for (int c = 0; c < categories.size(); c++) {
            row[c] = counts.get(categories.get(c))[stage];
        }
        return DisclosureControl.control(new CountTable(List.of(StageCounts.STAGES.get(stage)), categories, new long[][] {row}),
                scope.asTheyAre());
    }
}
