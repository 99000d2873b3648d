package org.ascend.assessment.outcome;

import org.ascend.assessment.assessmentcase.AssessmentCase;

/**
 * Equality Act 2010 s.159(4) (docs/domain.md §2.1): a tie-break may favour one candidate over another
 * only when they are "as qualified as" each other. Here that means the same intake and stage, and exactly
 * equal settled scores; anything else is a decision on merit.
 */
final class EqualMerit {

    private EqualMerit() {
    }

    static boolean between(AssessmentCase preferred, AssessmentCase other) {
        return other.intakeId().equals(preferred.intakeId()) && other.stage().equals(preferred.stage())
                && preferred.finalScore() != null && other.finalScore() != null
                && other.finalScore().compareTo(preferred.finalScore()) == 0;
    }
}
