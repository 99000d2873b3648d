package org.ascend.reporting.reports.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.ascend.reporting.reports.validity.PredictiveValidity.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Predictive validity against a published worked example, and its "insufficient data" state on small samples. */
class PredictiveValidityTest {

    /**
     * SciPy's documented example for scipy.stats.pointbiserialr (docs.scipy.org, scipy.stats.pointbiserialr,
     * "Examples"): outcomes 0, 0, 0, 1, 1, 1, 1 against scores 0 to 6 give r = 0.8660254037844386 (= sqrt(3)/2) and a
     * two-sided p-value of 0.011724811003954652. The 95 % interval is Fisher's: tanh(atanh(r) -/+ 1.959964 / sqrt(4)).
     */
    @Test
    void matchesScipysWorkedExample() {
        List<Observation> example = IntStream.range(0, 7).mapToObj(i -> new Observation(i, i >= 3)).toList();

        PredictiveValidity.Result result = PredictiveValidity.estimate(example);

        assertThat(result.r()).isCloseTo(0.8660254037844386, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.011724811003954652, within(1e-9));
        assertThat(result.lower95()).isCloseTo(0.32477493975052346, within(1e-9));
        assertThat(result.upper95()).isCloseTo(0.9799754316540086, within(1e-9));
        assertThat(result.withOutcome()).isEqualTo(4);
    }

    @Test
    void saysInsufficientDataOnSmallOrOneSidedSamples() {
        List<Observation> seven = IntStream.range(0, 7).mapToObj(i -> new Observation(i, i >= 3)).toList();
        assertThat(PredictiveValidity.of(seven).state()).as("fewer than 10 people").isEqualTo(PredictiveValidity.State.INSUFFICIENT_DATA);
        assertThat(PredictiveValidity.of(seven).r()).as("no figure to misread").isNull();

        List<Observation> fewPromoted = IntStream.range(0, 15).mapToObj(i -> new Observation(i, i >= 13)).toList();
        assertThat(PredictiveValidity.of(fewPromoted).state()).as("2 with the outcome").isEqualTo(PredictiveValidity.State.INSUFFICIENT_DATA);

        List<Observation> sameScore = new ArrayList<>();
        IntStream.range(0, 15).forEach(i -> sameScore.add(new Observation(3.5, i % 2 == 0)));
        assertThat(PredictiveValidity.of(sameScore).state()).as("scores that do not vary").isEqualTo(PredictiveValidity.State.INSUFFICIENT_DATA);

        List<Observation> cohort = IntStream.range(0, 15).mapToObj(i -> new Observation(i % 5 + i / 5.0, i % 3 != 0)).toList();
        PredictiveValidity.Result estimated = PredictiveValidity.of(cohort);
        assertThat(estimated.state()).isEqualTo(PredictiveValidity.State.ESTIMATED);
        assertThat(estimated.lower95()).isLessThan(estimated.r()).isGreaterThanOrEqualTo(-1);
        assertThat(estimated.upper95()).isGreaterThan(estimated.r()).isLessThanOrEqualTo(1);
    }
}
