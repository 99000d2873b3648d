package org.ascend.reporting.impact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adverse impact at one stage (docs/reporting.md, docs/domain.md §2): each group's selection rate, its ratio to the
 * group with the highest rate, the four-fifths flag (29 CFR 1607.4(D)), Fisher's exact test against that group and a
 * 95 % confidence interval for the ratio; or "insufficient data" where the numbers cannot say anything.
 */
public final class AdverseImpact {

    /**
     * A comparison needs at least this many people considered in each of the two groups. Below it one person moves
     * a rate by more than 10 percentage points and the four-fifths ratio swings across 0.8 on one decision
     * (docs/reporting.md explains the choice).
     */
    public static final int MINIMUM_GROUP = 10;

    public enum State { COMPARED, REFERENCE, INSUFFICIENT_DATA, SUPPRESSED }

    /** One group against the highest-rate group. Figures are null when the state is not COMPARED (counts 0 if SUPPRESSED). */
    public record GroupImpact(String group,
            @Schema(description = "People of the group who reached the step's first stage") long considered,
            @Schema(description = "Of them, how many reached its second stage") long selected,
            @Schema(description = "selected / considered, 0 to 1") Double rate,
            @Schema(description = "COMPARED; REFERENCE (the highest-rate group the others are compared with); "
                    + "INSUFFICIENT_DATA (fewer than 10 people in the group or the reference, or nobody selected); "
                    + "SUPPRESSED (a count disclosure control hides)") State state,
            @Schema(description = "The group's rate / the reference's rate; for White vs BME, the WRES relative likelihood "
                    + "(1.00 is parity, above 1 favours White people)") Double ratio,
            @Schema(description = "Four-fifths rule: true when the ratio is below 0.8, an indication of adverse impact")
            Boolean belowFourFifths,
            @Schema(description = "Fisher's exact test, two-sided, against the reference: the chance of a split at least "
                    + "this uneven if selection did not depend on the group") Double fisherP,
            @Schema(description = "95 % confidence interval for the ratio (Katz's log method)") Interval ratioInterval,
            @Schema(description = "Why a figure is missing, in words") String note) {
    }

    public record Interval(double lower, double upper) {
    }

    /** The stage's groups (e.g. ethnic groups at the sift), compared with the highest-rate group. */
    public static List<GroupImpact> of(List<GroupOutcome> groups) {
        GroupOutcome reference = groups.stream().filter(g -> g.considered() >= MINIMUM_GROUP)
                .max(Comparator.comparingDouble(GroupOutcome::rate).thenComparing(GroupOutcome::group, Comparator.reverseOrder()))
                .orElse(null);
        List<GroupImpact> impacts = new ArrayList<>();
        for (GroupOutcome group : groups) {
            Double rate = group.considered() == 0 ? null : group.rate();
            if (reference == null || reference.selected() == 0) {
                impacts.add(insufficient(group, rate, reference == null
                        ? "no group has " + MINIMUM_GROUP + " or more people considered"
                        : "nobody was selected from any group large enough to compare with"));
            } else if (group == reference) {
                impacts.add(new GroupImpact(group.group(), group.considered(), group.selected(), rate, State.REFERENCE, 1.0, false,
                        null, null, "the highest selection rate: the others are compared with it"));
            } else if (group.considered() < MINIMUM_GROUP) {
                impacts.add(insufficient(group, rate, "fewer than " + MINIMUM_GROUP + " people considered"));
            } else {
                impacts.add(compare(group, reference));
            }
        }
        return impacts;
    }

    /**
     * The WRES indicator 2 figure: the relative likelihood of White people being selected compared with BME people
     * (White rate / BME rate; 1.00 is parity, above 1 favours White people), with Fisher's p and a 95 % interval.
     */
    public static GroupImpact relativeLikelihood(GroupOutcome white, GroupOutcome bme) {
        if (white.considered() < MINIMUM_GROUP || bme.considered() < MINIMUM_GROUP) {
            return insufficient(new GroupOutcome("White vs BME", white.considered() + bme.considered(),
                    white.selected() + bme.selected()), null, "fewer than " + MINIMUM_GROUP + " White or BME people considered");
        }
        if (bme.selected() == 0) {
            return insufficient(new GroupOutcome("White vs BME", white.considered() + bme.considered(),
                    white.selected() + bme.selected()), null, "no BME person selected: the likelihood ratio is undefined");
        }
        GroupImpact raw = compare(white, bme);
        return new GroupImpact("White vs BME", white.considered() + bme.considered(), white.selected() + bme.selected(), null,
                State.COMPARED, raw.ratio(), null, raw.fisherP(), raw.ratioInterval(),
                "relative likelihood of White people being selected compared with BME people (1.00 is parity)");
    }

    private static GroupImpact compare(GroupOutcome group, GroupOutcome reference) {
        double ratio = group.rate() / reference.rate();
        double p = FisherExact.twoSided(group.selected(), group.considered(), reference.selected(), reference.considered());
        // Below four-fifths, decided exactly in whole numbers: a / n1 < 0.8 c / n2  <=>  5 a n2 < 4 c n1.
        boolean belowFourFifths = 5 * group.selected() * reference.considered() < 4 * reference.selected() * group.considered();
        return new GroupImpact(group.group(), group.considered(), group.selected(), group.rate(), State.COMPARED, ratio,
                belowFourFifths, p, ratioInterval(group, reference), p < 0.05 ? "a difference unlikely to be chance (p < 0.05)"
                        : "a difference that could be chance at these numbers (p >= 0.05)");
    }

    /**
     * Katz's log interval for a ratio of two proportions (Katz et al. 1978; Altman 1991): ln ratio +/- 1.96 SE, SE =
     * sqrt(1/a - 1/n1 + 1/c - 1/n2). With a zero count, 0.5 is added to each cell first (Pagano and Gauvreau 2000).
     */
    static Interval ratioInterval(GroupOutcome group, GroupOutcome reference) {
        double a = group.selected();
        double n1 = group.considered();
        double c = reference.selected();
        double n2 = reference.considered();
        if (a == 0 || c == 0 || a == n1 || c == n2) {
            a += 0.5;
            c += 0.5;
            n1 += 1;
            n2 += 1;
        }
        double log = Math.log((a / n1) / (c / n2));
        double se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
        return new Interval(Math.exp(log - 1.96 * se), Math.exp(log + 1.96 * se));
    }

    /** A group whose counts are suppressed below national level: nothing built on them is shown. */
    public static GroupImpact suppressed(String group) {
        return new GroupImpact(group, 0, 0, null, State.SUPPRESSED, null, null, null, null,
                "suppressed: built on counts of 1 to 7 (or hidden to protect them)");
    }

    private static GroupImpact insufficient(GroupOutcome group, Double rate, String why) {
        return new GroupImpact(group.group(), group.considered(), group.selected(), rate, State.INSUFFICIENT_DATA, null, null,
                null, null, "insufficient data: " + why);
    }
}
