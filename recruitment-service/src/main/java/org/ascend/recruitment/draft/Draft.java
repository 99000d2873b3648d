package org.ascend.recruitment.draft;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An application saved but not submitted: any subset of the application form's fields. */
public record Draft(UUID intakeId, Map<String, Object> content, Instant savedAt) {
}
