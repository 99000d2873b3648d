package org.ascend.reporting.disclosure;

import java.util.List;

/** A {@link CountTable} as it may leave the platform: every cell and total shown or suppressed. */
public record ControlledTable(List<String> rows, List<String> columns, Shown[][] cells, Shown[] rowTotals,
        Shown[] columnTotals, Shown grandTotal, boolean national) {

    /**
     * A rate built on two published figures (e.g. selected / applied): suppressed when either is, and computed
     * from the figures as shown, so it never reveals more than they do.
     */
    public static Double rate(Shown numerator, Shown denominator) {
        if (numerator.suppressed() || denominator.suppressed() || denominator.value() == 0) {
            return null;
        }
        return (double) numerator.value() / denominator.value();
    }
}
