package org.ascend.assessment.framework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of an assessment framework: criteria with weights summing to 100 and a scale. Once a
 * stage uses it ({@code inUseAt}) it never changes; a change is a new version (a new id).
 */
public record Framework(UUID id, String name, int version, String description, int scaleMin, int scaleMax,
        List<Criterion> criteria, Instant createdAt, String createdBy, Instant inUseAt, long rowVersion) {

    public boolean inUse() {
        return inUseAt != null;
    }
}
