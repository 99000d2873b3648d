package org.ascend.reporting.reports.content;

import java.util.ArrayList;
import java.util.List;

import org.ascend.reporting.disclosure.Shown;

/**
 * A table as a report prints it, and as its CSV and JSON give it: a caption, column headings, and rows of cells. The
 * first column labels the row. Each cell says what kind of figure it holds, so that the HTML marks counts apart from
 * rates and statistics (disclosure control applies to counts; docs/reporting.md).
 */
public record ReportTable(String id, String caption, List<String> columns, List<List<Cell>> rows) {

    /** What a cell holds. */
    public enum Kind { LABEL, COUNT, RATE, STATISTIC, TEXT }

    /** One printed figure: its text as shown ("*" when suppressed, "" when there is none) and its kind. */
    public record Cell(String text, Kind kind) {

        public static Cell label(String text) {
            return new Cell(text, Kind.LABEL);
        }

        public static Cell count(Shown shown) {
            return new Cell(shown == null ? "" : shown.text(), Kind.COUNT);
        }

        public static Cell count(long count) {
            return new Cell(String.valueOf(count), Kind.COUNT);
        }

        /** A share 0-1 as a whole percentage; empty when there is none (e.g. suppressed). */
        public static Cell rate(Double share) {
            return new Cell(percent(share), Kind.RATE);
        }

        public static Cell statistic(Double value, int decimals) {
            return new Cell(value == null ? "" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", value), Kind.STATISTIC);
        }

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, Kind.TEXT);
        }
    }

    public static String percent(Double share) {
        return share == null ? "" : Math.round(share * 100) + "%";
    }

    /** Builds a table row by row. */
    public static Builder of(String id, String caption, String... columns) {
        return new Builder(id, caption, List.of(columns));
    }

    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String id, String caption, List<String> columns) {
            this.id = id;
            this.caption = caption;
            this.columns = columns;
        }

        public Builder row(Cell... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(id + ": " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            return row(cells.toArray(Cell[]::new));
        }

        public ReportTable build() {
            return new ReportTable(id, caption, columns, List.copyOf(rows));
        }
    }
}
