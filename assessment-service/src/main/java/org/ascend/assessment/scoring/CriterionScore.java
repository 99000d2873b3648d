package org.ascend.assessment.scoring;

/** A point on the framework's scale for one criterion, and the evidence from the pack that supports it. */
public record CriterionScore(int score, String evidence) {
}
