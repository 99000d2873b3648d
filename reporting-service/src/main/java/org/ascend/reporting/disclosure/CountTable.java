package org.ascend.reporting.disclosure;

import java.util.List;

/**
 * True counts in rows and columns (e.g. regions by ethnic group), before disclosure control. Totals are derived:
 * each row's, each column's, and the grand total. A one-row table is a list of groups with their total.
 */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one row of counts per row label");
        }
        for (long[] row : counts) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("one count per column label in every row");
            }
        }
    }

    long rowTotal(int row) {
        long total = 0;
        for (long count : counts[row]) {
            total += count;
        }
        return total;
    }

    long columnTotal(int column) {
        long total = 0;
        for (long[] row : counts) {
            total += row[column];
        }
        return total;
    }

    long grandTotal() {
        long total = 0;
        for (int row = 0; row < counts.length; row++) {
            total += rowTotal(row);
        }
        return total;
    }
}
