package org.ascend.reporting.impact;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Adverse impact and Fisher's exact test against published worked examples, each cited. */
class AdverseImpactTest {

    @Test
    void fishersExactTestMatchesTheLadyTastingTea() {
        // Fisher (1935), The Design of Experiments, ch. 2; Agresti (2002), Categorical Data Analysis, 2nd ed., §3.5.1,
        // Table 3.8: 3 of 4 "milk first" cups guessed right, 1 of 4 wrongly; two-sided P = 0.486.
        assertThat(FisherExact.twoSided(3, 4, 1, 4)).isCloseTo(0.4857, within(0.0001));
    }

    @Test
    void fishersExactTestMatchesTheDietingExample() {
        // Wikipedia, "Fisher's exact test", worked example: 1 of 12 men and 9 of 12 women dieting; the two-sided
        // p-value is 0.002759 (the observed table alone has probability 0.001346).
        assertThat(FisherExact.twoSided(1, 12, 9, 12)).isCloseTo(0.002759, within(0.000001));
        assertThat(FisherExact.twoSided(9, 12, 1, 12)).as("symmetric").isCloseTo(0.002759, within(0.000001));
    }

    @Test
    void theFourFifthsRuleMatchesTheUniformGuidelinesExample() {
        // Uniform Guidelines on Employee Selection Procedures, Questions and Answers (44 FR 11996, 2 March 1979),
        // Q. 12: hiring rates of 60 % (Whites), 45 % (American Indians), 48 % (Hispanics) and 51 % (Blacks) give
        // ratios of 75 %, 80 % and 85 %: only American Indians' is below four-fifths (80 % is not below).
        var impacts = byGroup(AdverseImpact.of(List.of(new GroupOutcome("White", 100, 60),
                new GroupOutcome("American Indian", 100, 45), new GroupOutcome("Hispanic", 100, 48),
                new GroupOutcome("Black", 100, 51))));
        assertThat(impacts.get("White").state()).isEqualTo(AdverseImpact.State.REFERENCE);
        assertThat(impacts.get("American Indian").ratio()).isCloseTo(0.75, within(1e-9));
        assertThat(impacts.get("American Indian").belowFourFifths()).isTrue();
        assertThat(impacts.get("Hispanic").ratio()).isCloseTo(0.80, within(1e-9));
        assertThat(impacts.get("Hispanic").belowFourFifths()).isFalse();
        assertThat(impacts.get("Black").ratio()).isCloseTo(0.85, within(1e-9));
        assertThat(impacts.get("Black").belowFourFifths()).isFalse();
    }

    @Test
    void theWresRelativeLikelihoodIsTheWhiteRateOverTheBmeRate() {
        // NHS England, WRES technical guidance, indicator 2: relative likelihood of White staff being appointed from
        // shortlisting compared with BME staff = (White appointed / White shortlisted) / (BME appointed / BME
        // shortlisted); 1.00 is parity. 30 of 100 against 15 of 75: 0.30 / 0.20 = 1.50.
        var likelihood = AdverseImpact.relativeLikelihood(new GroupOutcome("White", 100, 30), new GroupOutcome("BME", 75, 15));
        assertThat(likelihood.ratio()).isCloseTo(1.50, within(1e-9));
        assertThat(likelihood.ratioInterval().lower()).isLessThan(1.50);
        assertThat(likelihood.ratioInterval().upper()).isGreaterThan(1.50);
        assertThat(likelihood.fisherP()).isBetween(0.0, 1.0);
    }

    @Test
    void smallOrEmptyGroupsAreInsufficientDataNeverAFailure() {
        var impacts = byGroup(AdverseImpact.of(List.of(new GroupOutcome("White", 40, 10), new GroupOutcome("Mixed", 3, 0),
                new GroupOutcome("Other", 0, 0))));
        assertThat(impacts.get("Mixed").state()).isEqualTo(AdverseImpact.State.INSUFFICIENT_DATA);
        assertThat(impacts.get("Other").state()).isEqualTo(AdverseImpact.State.INSUFFICIENT_DATA);
        assertThat(impacts.get("Other").rate()).isNull();
        var nobody = AdverseImpact.of(List.of(new GroupOutcome("White", 20, 0), new GroupOutcome("Asian", 15, 0)));
        assertThat(nobody).allSatisfy(i -> assertThat(i.state()).isEqualTo(AdverseImpact.State.INSUFFICIENT_DATA));
        assertThat(AdverseImpact.of(List.of())).isEmpty();
        assertThat(AdverseImpact.relativeLikelihood(new GroupOutcome("White", 30, 5), new GroupOutcome("BME", 20, 0)).state())
                .isEqualTo(AdverseImpact.State.INSUFFICIENT_DATA);
    }

    @Test
    void aGroupNobodyFromWasSelectedStillGetsAnInterval() {
        var impacts = byGroup(AdverseImpact.of(List.of(new GroupOutcome("White", 40, 12), new GroupOutcome("Black", 12, 0))));
        var black = impacts.get("Black");
        assertThat(black.ratio()).isZero();
        assertThat(black.belowFourFifths()).isTrue();
        assertThat(black.ratioInterval().lower()).isPositive().isLessThan(black.ratioInterval().upper());
        assertThat(black.fisherP()).isLessThan(0.05);
    }

    private static Map<String, AdverseImpact.GroupImpact> byGroup(List<AdverseImpact.GroupImpact> impacts) {
        return impacts.stream().collect(Collectors.toMap(AdverseImpact.GroupImpact::group, i -> i));
    }
}
