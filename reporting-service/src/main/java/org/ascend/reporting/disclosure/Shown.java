package org.ascend.reporting.disclosure;

/**
 * One published figure after disclosure control: the value shown (rounded to the nearest 5 below national level),
 * or suppressed ({@code value} null, shown as {@code *}) because it is 1 to 7 (primary) or would let a suppressed
 * figure be worked out from totals (secondary).
 */
public record Shown(Long value, boolean suppressed) {

    static Shown of(long value) {
        return new Shown(value, false);
    }

    static final Shown SUPPRESSED = new Shown(null, true);

    /** As in a CSV cell or a printed table. */
    public String text() {
        return suppressed ? "*" : String.valueOf(value);
    }
}
