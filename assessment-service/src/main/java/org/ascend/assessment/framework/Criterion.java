package org.ascend.assessment.framework;

import java.util.Map;

/**
 * One thing assessors score, its share of the weighted score, and what each point of the scale looks
 * like in behaviour (a behaviourally anchored rating scale), so assessors score against evidence.
 */
public record Criterion(String id, String name, String description, int weightPercent, Map<Integer, String> anchors) {
}
