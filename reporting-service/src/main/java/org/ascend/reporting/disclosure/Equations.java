package org.ascend.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * A controlled table's sums as linear equations over its suppressed figures: each row and each column says its parts
 * add up to its total. A suppressed figure is determined, and so recoverable, exactly when its unit vector lies in the
 * span of those equations: adding it as an equation does not raise the rank.
 */
final class Equations {

    private Equations() {
    }

    /** The first suppressed cell {row, column} the published figures determine, or null when none is. */
    static int[] firstDetermined(boolean[][] suppressed, int rows, int columns) {
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (suppressed[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return null;
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            double[] equation = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[0] == r) {
                    equation[u] = unknowns.get(u)[1] == columns ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        for (int c = 0; c <= columns; c++) {
            double[] equation = new double[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[1] == c) {
                    equation[u] = unknowns.get(u)[0] == rows ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        int rank = rank(equations);
        for (int u = 0; u < unknowns.size(); u++) {
            List<double[]> withUnit = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            withUnit.add(unit);
            if (rank(withUnit) == rank) {
                return unknowns.get(u);
            }
        }
        return null;
    }

    private static int rank(List<double[]> rows) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(rows.toArray(double[][]::new), false)).getRank();
    }
}
