package org.ascend.assessment.allocation;

import java.util.List;
import java.util.Map;

/**
 * The allocator's answer: who assesses what and why, and the applications it could not fully staff
 * with the reason (so the programme team can add assessors).
 */
public record AllocationPlan(List<Assignment> assignments, Map<String, String> unallocated) {

    /** One assessor on one application, with the reason they were chosen. */
    public record Assignment(String applicationId, String assessor, String reason) {
    }
}
