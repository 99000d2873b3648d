package org.ascend.assessment.moderation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The moderator's agreed scores for a case where assessors disagreed, and why (docs/domain.md §2). */
public record Moderation(UUID caseId, String moderator, Map<String, Integer> agreedScores, String rationale,
        BigDecimal finalScore, Instant recordedAt) {
}
