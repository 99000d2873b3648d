package org.ascend.reporting.reports.content;

import org.ascend.reporting.breakdown.Breakdown;

/** Where a stage sits in a breakdown. */
final class StageIndex {

    private StageIndex() {
    }

    static int of(Breakdown breakdown, String stage) {
        for (int i = 0; i < breakdown.stages().size(); i++) {
            if (breakdown.stages().get(i).stage().equals(stage)) {
                return i;
            }
        }
        throw new IllegalStateException("no stage " + stage + " in the breakdown");
    }
}
