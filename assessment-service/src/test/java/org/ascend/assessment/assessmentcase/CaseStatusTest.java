package org.ascend.assessment.assessmentcase;

import org.junit.jupiter.api.Test;

import static org.ascend.assessment.assessmentcase.CaseStatus.ALLOCATED;
import static org.ascend.assessment.assessmentcase.CaseStatus.ERASED;
import static org.ascend.assessment.assessmentcase.CaseStatus.EXTRA_ASSESSOR;
import static org.ascend.assessment.assessmentcase.CaseStatus.INELIGIBLE;
import static org.ascend.assessment.assessmentcase.CaseStatus.MODERATED;
import static org.ascend.assessment.assessmentcase.CaseStatus.MODERATION_REQUIRED;
import static org.ascend.assessment.assessmentcase.CaseStatus.NOT_PROGRESSED;
import static org.ascend.assessment.assessmentcase.CaseStatus.PENDING;
import static org.ascend.assessment.assessmentcase.CaseStatus.PROGRESSED;
import static org.ascend.assessment.assessmentcase.CaseStatus.SCORED;
import static org.ascend.assessment.assessmentcase.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/** The case's way through assessment, and the ways it may not go. */
class CaseStatusTest {

    @Test
    void theWayThroughAssessment() {
        assertThat(PENDING.canMoveTo(ALLOCATED)).isTrue();
        assertThat(PENDING.canMoveTo(INELIGIBLE)).isTrue();
        assertThat(INELIGIBLE.canMoveTo(PENDING)).as("an override brings it back").isTrue();
        assertThat(ALLOCATED.canMoveTo(SCORED)).isTrue();
        assertThat(ALLOCATED.canMoveTo(EXTRA_ASSESSOR)).isTrue();
        assertThat(EXTRA_ASSESSOR.canMoveTo(MODERATION_REQUIRED)).isTrue();
        assertThat(MODERATION_REQUIRED.canMoveTo(MODERATED)).isTrue();
        assertThat(SCORED.canMoveTo(PROGRESSED)).isTrue();
        assertThat(MODERATED.canMoveTo(NOT_PROGRESSED)).isTrue();
    }

    @Test
    void noShortcutsAndNoWayBack() {
        assertThat(PENDING.canMoveTo(SCORED)).as("scored without assessors").isFalse();
        assertThat(INELIGIBLE.canMoveTo(ALLOCATED)).as("allocated while screened out").isFalse();
        assertThat(ALLOCATED.canMoveTo(MODERATED)).as("moderated without disagreement").isFalse();
        assertThat(ALLOCATED.canMoveTo(PROGRESSED)).as("decided before it is settled").isFalse();
        assertThat(SCORED.canMoveTo(EXTRA_ASSESSOR)).isFalse();
        assertThat(PROGRESSED.canMoveTo(NOT_PROGRESSED)).as("a decision stands").isFalse();
    }

    @Test
    void withdrawalAndErasureCloseFromAnywhereForGood() {
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.closed()) {
                assertThat(status.canMoveTo(WITHDRAWN)).as(status + " to withdrawn").isTrue();
                assertThat(status.canMoveTo(ERASED)).as(status + " to erased").isTrue();
            }
        }
        for (CaseStatus next : CaseStatus.values()) {
            assertThat(WITHDRAWN.canMoveTo(next)).as("withdrawn to " + next).isFalse();
            assertThat(ERASED.canMoveTo(next)).as("erased to " + next).isFalse();
        }
    }

    @Test
    void theStatusesBeforeAreExactlyThoseThatMayMoveOn() {
        assertThat(CaseStatus.before(SCORED)).containsExactlyInAnyOrder(ALLOCATED, EXTRA_ASSESSOR);
        assertThat(CaseStatus.before(PROGRESSED)).containsExactlyInAnyOrder(SCORED, MODERATED);
        assertThat(CaseStatus.before(ERASED)).doesNotContain(WITHDRAWN, ERASED);
    }
}
