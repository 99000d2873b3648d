package org.ascend.assessment.allocation;

import java.util.Set;

/** What the allocator knows: more than any assessor is shown (an applicant's employer is for conflict checks only). */
public final class AllocationInput {

    private AllocationInput() {
    }

    /** An application to allocate, with its applicant's employer (NHS ODS code). */
    public record Application(String applicationId, String organisationCode) {
    }

    /**
     * An assessor with their own organisation, the organisations and applications they declared a
     * conflict with (line management, personal ties), and how many allocations they already carry.
     */
    public record Assessor(String subject, String organisationCode, Set<String> conflictedOrganisations,
            Set<String> conflictedApplications, int currentLoad) {

        /** Why this assessor may not assess the application, or null when they may. */
        String conflictWith(Application application) {
            if (organisationCode != null && organisationCode.equals(application.organisationCode())) {
                return "same organisation";
            }
            if (conflictedOrganisations.contains(application.organisationCode())) {
                return "declared a conflict with the applicant's organisation";
            }
            if (conflictedApplications.contains(application.applicationId())) {
                return "declared a conflict with this application";
            }
            return null;
        }
    }
}
