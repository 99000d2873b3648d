package org.ascend.reporting.reports.content;

import java.util.List;

import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.disclosure.Shown;

/** One count standing alone (a number of cases, of moves), through the same disclosure control as every table. */
final class SingleCount {

    private SingleCount() {
    }

    static Shown shown(long count, ReportScope scope) {
        return DisclosureControl.control(new CountTable(List.of("count"), List.of("count"), new long[][] {{count}}),
                scope.asTheyAre()).grandTotal();
    }
}
