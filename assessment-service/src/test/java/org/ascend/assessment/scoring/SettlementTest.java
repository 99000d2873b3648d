package org.ascend.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Settlement without HTTP or a database: agreement settles at the mean, disagreement widens the panel once, then moderation. */
class SettlementTest {

    private static final BigDecimal TOLERANCE_ONE = BigDecimal.ONE;

    @Test
    void scoresWithinTheToleranceSettleAtTheMeanWeightedScore() {
        var settlement = Settlement.of(List.of(sheet(4, 3), sheet(3, 3)), List.of(3.6, 3.0), TOLERANCE_ONE, true);

        assertThat(settlement.outcome()).isEqualTo(Settlement.Outcome.AGREED);
        assertThat(settlement.spread()).isEqualTo(1);
        assertThat(settlement.score()).isEqualByComparingTo("3.300");
    }

    @Test
    void theMeanIsKeptToThreeDecimals() {
        var settlement = Settlement.of(List.of(sheet(2, 2), sheet(2, 2), sheet(3, 3)), List.of(2.0, 2.0, 3.0),
                TOLERANCE_ONE, true);

        assertThat(settlement.score()).isEqualByComparingTo("2.333");
        assertThat(settlement.score().scale()).isEqualTo(3);
    }

    @Test
    void aSpreadBeyondTheToleranceOnAnyOneCriterionBringsAFurtherAssessorOnce() {
        // Weighted scores close together, but one criterion 2 points apart: disagreement is per criterion.
        var settlement = Settlement.of(List.of(sheet(5, 2), sheet(3, 4)), List.of(3.8, 3.4), TOLERANCE_ONE, true);

        assertThat(settlement.outcome()).isEqualTo(Settlement.Outcome.FURTHER_ASSESSOR);
        assertThat(settlement.spread()).isEqualTo(2);
        assertThat(settlement.score()).isNull();
    }

    @Test
    void disagreementAfterTheFurtherAssessorGoesToModeration() {
        var settlement = Settlement.of(List.of(sheet(5, 2), sheet(3, 4), sheet(1, 3)), List.of(3.8, 3.4, 1.8),
                TOLERANCE_ONE, false);

        assertThat(settlement.outcome()).isEqualTo(Settlement.Outcome.MODERATION);
        assertThat(settlement.spread()).isEqualTo(4);
    }

    @Test
    void aSpreadEqualToTheToleranceStillAgrees() {
        var settlement = Settlement.of(List.of(sheet(5, 3), sheet(3, 3)), List.of(4.2, 3.0), BigDecimal.valueOf(2), false);

        assertThat(settlement.outcome()).isEqualTo(Settlement.Outcome.AGREED);
    }

    private static Map<String, CriterionScore> sheet(int vision, int team) {
        return Map.of("vision", new CriterionScore(vision, "evidence"), "team", new CriterionScore(team, "evidence"));
    }
}
