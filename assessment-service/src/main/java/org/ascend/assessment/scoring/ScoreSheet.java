package org.ascend.assessment.scoring;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One assessor's scores for one case; locked once submitted. */
public record ScoreSheet(UUID allocationId, UUID caseId, String assessor, Map<String, CriterionScore> scores,
        Instant savedAt, Instant submittedAt, long rowVersion) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
