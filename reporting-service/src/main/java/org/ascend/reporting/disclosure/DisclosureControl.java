package org.ascend.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control, the NHS Digital method (docs/reporting.md, docs/domain.md §2): the one place every
 * table passes through before it leaves the platform.
 *
 * <ul>
 * <li>National figures are shown as they are.</li>
 * <li>Below national level, counts of 1 to 7 are suppressed ({@code *}); every other count is rounded to the nearest
 * 5 (0 stays 0: it discloses nobody).</li>
 * <li>Secondary suppression: in every line of the table with its total (each row, each column, the row of column
 * totals, the column of row totals) either nothing or at least two figures are suppressed, so no suppressed figure
 * equals a published total minus published figures; the smallest other count in the line is suppressed until that
 * holds everywhere. Lines can still combine (a row total worked out from the column of totals, say), so then every
 * suppressed figure is checked against all the table's equations at once: one they determine (its unit vector lies in
 * the span of the equations, by matrix rank) gets a companion suppressed, until none is determined.</li>
 * </ul>
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static ControlledTable control(CountTable table, boolean national) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        // The table with its totals as one grid: row `rows` holds column totals, column `columns` row totals.
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = table.counts()[r][c];
            }
            grid[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            grid[rows][c] = table.columnTotal(c);
        }
        grid[rows][columns] = table.grandTotal();

        boolean[][] suppressed = new boolean[rows + 1][columns + 1];
        if (!national) {
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    suppressed[r][c] = grid[r][c] >= 1 && grid[r][c] <= 7;
                }
            }
            suppressSecondary(grid, suppressed, rows, columns);
        }
        Shown[][] shown = new Shown[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                shown[r][c] = suppressed[r][c] ? Shown.SUPPRESSED : Shown.of(national ? grid[r][c] : roundToFive(grid[r][c]));
            }
        }
        Shown[][] cells = new Shown[rows][];
        Shown[] rowTotals = new Shown[rows];
        for (int r = 0; r < rows; r++) {
            cells[r] = java.util.Arrays.copyOf(shown[r], columns);
            rowTotals[r] = shown[r][columns];
        }
        Shown[] columnTotals = java.util.Arrays.copyOf(shown[rows], columns);
        return new ControlledTable(table.rows(), table.columns(), cells, rowTotals, columnTotals, shown[rows][columns], national);
    }

    /** Nearest multiple of 5, halves up (8 → 10, 12 → 10, 13 → 15). */
    static long roundToFive(long count) {
        return Math.floorDiv(count + 2, 5) * 5;
    }

    private static void suppressSecondary(long[][] grid, boolean[][] suppressed, int rows, int columns) {
        while (true) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = 0; r <= rows; r++) {
                    changed |= protect(line(r, -1, rows, columns), grid, suppressed);
                }
                for (int c = 0; c <= columns; c++) {
                    changed |= protect(line(-1, c, rows, columns), grid, suppressed);
                }
            }
            int[] determined = Equations.firstDetermined(suppressed, rows, columns);
            if (determined == null) {
                return;
            }
            // Hide one more part of its row (or, if the row has none left, of its column), then check again.
            if (!hideSmallestShown(line(determined[0], -1, rows, columns), grid, suppressed)) {
                hideSmallestShown(line(-1, determined[1], rows, columns), grid, suppressed);
            }
        }
    }

    private static boolean hideSmallestShown(List<int[]> line, long[][] grid, boolean[][] suppressed) {
        int[] smallest = null;
        for (int[] cell : line) {
            if (!suppressed[cell[0]][cell[1]] && (smallest == null || weight(grid, cell) < weight(grid, smallest))) {
                smallest = cell;
            }
        }
        if (smallest == null) {
            return false;
        }
        suppressed[smallest[0]][smallest[1]] = true;
        return true;
    }

    private static long weight(long[][] grid, int[] cell) {
        long count = grid[cell[0]][cell[1]];
        return count == 0 ? Long.MAX_VALUE : count;
    }

    /** The cells of a row (column = -1) or column (row = -1), its total last. */
    private static List<int[]> line(int row, int column, int rows, int columns) {
        List<int[]> cells = new ArrayList<>();
        if (column < 0) {
            for (int c = 0; c <= columns; c++) {
                cells.add(new int[] {row, c});
            }
        } else {
            for (int r = 0; r <= rows; r++) {
                cells.add(new int[] {r, column});
            }
        }
        return cells;
    }

    /**
     * One suppressed figure alone in its line could be worked out: suppress the smallest other count (a zero only when
     * nothing else is left, since a hidden zero protects little).
     */
    private static boolean protect(List<int[]> line, long[][] grid, boolean[][] suppressed) {
        long hidden = line.stream().filter(cell -> suppressed[cell[0]][cell[1]]).count();
        if (hidden != 1) {
            return false;
        }
        int[] smallest = null;
        for (int[] cell : line.subList(0, line.size() - 1)) { // parts before the total
            if (!suppressed[cell[0]][cell[1]] && (smallest == null || weight(grid, cell) < weight(grid, smallest))) {
                smallest = cell;
            }
        }
        if (smallest == null) { // every part is hidden already but the total is not (cannot happen with one hidden)
            smallest = line.get(line.size() - 1);
        }
        suppressed[smallest[0]][smallest[1]] = true;
        return true;
    }
}
