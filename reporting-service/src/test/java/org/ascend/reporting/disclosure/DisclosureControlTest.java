package org.ascend.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NHS Digital rules (docs/domain.md §2), and the property that matters: whoever reads a controlled table, even
 * knowing every published figure exactly (as if rounding hid nothing), can never solve for a suppressed one.
 */
class DisclosureControlTest {

    @Test
    void belowNationalLevelSmallCountsAreSuppressedAndTheRestRoundedToFive() {
        var table = DisclosureControl.control(new CountTable(List.of("Y60"), List.of("a", "b", "c", "d", "e", "f"),
                new long[][] {{0, 1, 7, 8, 12, 13}}), false);
        assertThat(texts(table.cells()[0])).containsExactly("0", "*", "*", "10", "10", "15");
        assertThat(table.rowTotals()[0].text()).as("41 rounds to 40").isEqualTo("40");
    }

    @Test
    void nationalFiguresAreShownAsTheyAre() {
        var table = DisclosureControl.control(new CountTable(List.of("England"), List.of("a", "b"), new long[][] {{3, 12}}), true);
        assertThat(texts(table.cells()[0])).containsExactly("3", "12");
        assertThat(table.grandTotal().text()).isEqualTo("15");
    }

    @Test
    void aRateOnASuppressedCountIsSuppressedAndOtherwiseUsesTheFiguresAsShown() {
        var small = DisclosureControl.control(new CountTable(List.of("selected", "applied"), List.of("BME", "White"),
                new long[][] {{5, 12}, {22, 38}}), false);
        assertThat(ControlledTable.rate(small.cells()[0][0], small.cells()[1][0])).isNull();
        var shown = DisclosureControl.control(new CountTable(List.of("selected", "applied"), List.of("BME", "White"),
                new long[][] {{9, 12}, {22, 38}}), false);
        assertThat(ControlledTable.rate(shown.cells()[0][1], shown.cells()[1][1])).as("10 of 40 as shown, not 12 of 38")
                .isEqualTo(0.25);
        assertThat(ControlledTable.rate(shown.cells()[0][0], shown.cells()[1][0])).as("10 of 20").isEqualTo(0.5);
    }

    @Test
    void aSuppressedCellAloneInItsRowCouldBeSolvedForSoASecondIsSuppressed() {
        long[][] counts = {{3, 20, 30}, {25, 40, 35}, {15, 18, 22}};
        boolean[][] primaryOnly = mask(counts, false);
        assertThat(determined(counts, primaryOnly)).as("the solver finds the 3 from its row and column totals").isNotEmpty();

        var table = DisclosureControl.control(new CountTable(List.of("r1", "r2", "r3"), List.of("c1", "c2", "c3"), counts), false);
        assertThat(determined(counts, suppressedOf(table))).isEmpty();
        assertThat(suppressedOf(table)[0][0]).isTrue();
        long hiddenInRow = List.of(table.cells()[0]).stream().filter(Shown::suppressed).count()
                + (table.rowTotals()[0].suppressed() ? 1 : 0);
        assertThat(hiddenInRow).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noSuppressedCellOfAnyRegionByGroupTableCanBeSolvedFor() {
        Random random = new Random(20261130);
        for (int trial = 0; trial < 500; trial++) {
            int rows = 2 + random.nextInt(6);
            int columns = 2 + random.nextInt(5);
            long[][] counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(40);
                }
            }
            var table = DisclosureControl.control(new CountTable(labels("region", rows), labels("group", columns), counts), false);
            assertThat(determined(counts, suppressedOf(table))).as("trial %d", trial).isEmpty();
        }
    }

    // --- the attacker: solves the table's linear equations for the suppressed cells ---

    /**
     * Which suppressed cells of the grid (cells, then the totals row and column) are fixed by the published ones,
     * using their true values: each row and each column says parts sum to total. Gaussian elimination; a hidden
     * cell is determined when its unit vector lies in the row space of the equations.
     */
    static Set<String> determined(long[][] counts, boolean[][] hidden) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] grid = withTotals(counts);
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (hidden[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            equations.add(equation(unknowns, grid, hidden, r, -1, rows, columns));
        }
        for (int c = 0; c <= columns; c++) {
            equations.add(equation(unknowns, grid, hidden, -1, c, rows, columns));
        }
        double[][] m = equations.toArray(double[][]::new);
        int n = unknowns.size();
        int pivotRow = 0;
        int[] pivotOf = new int[m.length];
        java.util.Arrays.fill(pivotOf, -1);
        for (int col = 0; col < n && pivotRow < m.length; col++) {
            int best = pivotRow;
            for (int r = pivotRow; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[best];
            m[best] = m[pivotRow];
            m[pivotRow] = swap;
            double lead = m[pivotRow][col];
            for (int k = 0; k <= n; k++) {
                m[pivotRow][k] /= lead;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][col]) > 1e-9) {
                    double factor = m[r][col];
                    for (int k = 0; k <= n; k++) {
                        m[r][k] -= factor * m[pivotRow][k];
                    }
                }
            }
            pivotOf[pivotRow] = col;
            pivotRow++;
        }
        Set<String> found = new TreeSet<>();
        for (int r = 0; r < pivotRow; r++) {
            int nonZero = 0;
            for (int k = 0; k < n; k++) {
                nonZero += Math.abs(m[r][k]) > 1e-9 ? 1 : 0;
            }
            if (nonZero == 1) {
                int[] cell = unknowns.get(pivotOf[r]);
                found.add(cell[0] + "," + cell[1] + "=" + Math.round(m[r][n]));
            }
        }
        return found;
    }

    /** A line's equation over the unknowns: sum of hidden parts - hidden total = published total - published parts. */
    private static double[] equation(List<int[]> unknowns, long[][] grid, boolean[][] hidden, int row, int column, int rows,
            int columns) {
        double[] equation = new double[unknowns.size() + 1];
        int length = column < 0 ? columns + 1 : rows + 1;
        for (int i = 0; i < length; i++) {
            int r = column < 0 ? row : i;
            int c = column < 0 ? i : column;
            boolean total = i == length - 1;
            double sign = total ? -1 : 1;
            if (hidden[r][c]) {
                for (int u = 0; u < unknowns.size(); u++) {
                    if (unknowns.get(u)[0] == r && unknowns.get(u)[1] == c) {
                        equation[u] += sign;
                    }
                }
            } else {
                equation[unknowns.size()] -= sign * grid[r][c];
            }
        }
        return equation;
    }

    private static long[][] withTotals(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = counts[r][c];
                grid[r][columns] += counts[r][c];
                grid[rows][c] += counts[r][c];
                grid[rows][columns] += counts[r][c];
            }
        }
        return grid;
    }

    /** Primary suppression only (1 to 7), as a table would be without the secondary rule. */
    private static boolean[][] mask(long[][] counts, boolean unused) {
        long[][] grid = withTotals(counts);
        boolean[][] hidden = new boolean[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                hidden[r][c] = grid[r][c] >= 1 && grid[r][c] <= 7;
            }
        }
        return hidden;
    }

    private static boolean[][] suppressedOf(ControlledTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = table.cells()[r][c].suppressed();
            }
            hidden[r][columns] = table.rowTotals()[r].suppressed();
        }
        for (int c = 0; c < columns; c++) {
            hidden[rows][c] = table.columnTotals()[c].suppressed();
        }
        hidden[rows][columns] = table.grandTotal().suppressed();
        return hidden;
    }

    private static List<String> texts(Shown[] shown) {
        return java.util.Arrays.stream(shown).map(Shown::text).toList();
    }

    private static List<String> labels(String prefix, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }
}
