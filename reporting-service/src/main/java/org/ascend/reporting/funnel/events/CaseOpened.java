package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.assessment.case-opened.v1: only what the funnel needs. */
public record CaseOpened(UUID caseId, UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.assessment.case-opened.v1";
}
