package org.ascend.assessment.stage;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One step of an intake's assessment: which framework version it scores with, how many independent
 * assessors see each application, how far their scores may spread before another assessor is called,
 * and how the stage decides who passes.
 */
public record Stage(UUID intakeId, int position, Kind kind, UUID frameworkId, int assessorsPerApplication,
        BigDecimal tolerance, PassRule passRule, BigDecimal passValue) {

    public enum Kind { SIFT, ASSESSMENT_CENTRE, INTERVIEW }

    /** TOP_N: the N best weighted scores; THRESHOLD: a weighted score at least this; MANUAL: the programme manager decides. */
    public enum PassRule { TOP_N, THRESHOLD, MANUAL }
}
