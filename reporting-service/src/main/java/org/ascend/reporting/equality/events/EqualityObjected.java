package org.ascend.reporting.equality.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.equality-objected.v1: stop processing this person's answers. */
public record EqualityObjected(UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.recruitment.equality-objected.v1";
}
