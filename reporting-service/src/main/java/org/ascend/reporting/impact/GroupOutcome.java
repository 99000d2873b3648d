package org.ascend.reporting.impact;

/** How many of a group were considered at a stage, and how many of them were selected (went on). */
public record GroupOutcome(String group, long considered, long selected) {

    public GroupOutcome {
        if (considered < 0 || selected < 0 || selected > considered) {
            throw new IllegalArgumentException("0 <= selected <= considered, for " + group);
        }
    }

    double rate() {
        return considered == 0 ? Double.NaN : (double) selected / considered;
    }
}
