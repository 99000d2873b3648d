package org.ascend.reporting.funnel.events;

import java.util.List;
import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.applicant-erased.v1: the applications whose person is gone. */
public record ApplicantErased(List<UUID> applicationIds) {

    public static final String TYPE = "org.ascend.recruitment.applicant-erased.v1";
}
