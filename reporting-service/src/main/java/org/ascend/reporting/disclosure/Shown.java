package org.ascend.reporting.disclosure;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * One published figure after disclosure control: the value shown (rounded to the nearest 5 below national level),
 * or suppressed ({@code value} null, shown as {@code *}) because it is 1 to 7 (primary) or would let a suppressed
 * figure be worked out from totals (secondary).
 */
public record Shown(@Schema(description = "The count, rounded to the nearest 5 below national level; null when suppressed")
        Long value, @Schema(description = "True when the count is hidden (1-7, or one that would let a hidden count be worked "
                + "out); shown as * in CSV") boolean suppressed) {

    static Shown of(long value) {
        return new Shown(value, false);
    }

    static final Shown SUPPRESSED = new Shown(null, true);

    /** As in a CSV cell or a printed table. */
    public String text() {
        return suppressed ? "*" : String.valueOf(value);
    }
}
