package org.ascend.assessment.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.assessmentcase.CaseStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The s.159 tie-break rule without HTTP: only between candidates of exactly equal merit at the same stage. */
class EqualMeritTest {

    private static final UUID INTAKE = UUID.randomUUID();

    @Test
    void exactlyEqualSettledScoresAtTheSameStageAreEqualMerit() {
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.500"), settled(INTAKE, "SIFT", "3.50"))).isTrue();
    }

    @Test
    void anyDifferenceInScoreIsMeritNotATie() {
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.500"), settled(INTAKE, "SIFT", "3.501"))).isFalse();
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.501"), settled(INTAKE, "SIFT", "3.500"))).isFalse();
    }

    @Test
    void anUnsettledCaseHasNoMeritToCompare() {
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.500"), settled(INTAKE, "SIFT", null))).isFalse();
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", null), settled(INTAKE, "SIFT", "3.500"))).isFalse();
    }

    @Test
    void casesOfAnotherStageOrIntakeAreNotComparable() {
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.500"), settled(INTAKE, "INTERVIEW", "3.500"))).isFalse();
        assertThat(EqualMerit.between(settled(INTAKE, "SIFT", "3.500"), settled(UUID.randomUUID(), "SIFT", "3.500"))).isFalse();
    }

    private static AssessmentCase settled(UUID intake, String stage, String score) {
        return new AssessmentCase(UUID.randomUUID(), UUID.randomUUID(), intake, stage, CaseStatus.SCORED, Instant.now(), 3,
                score == null ? null : new BigDecimal(score));
    }
}
