package org.ascend.assessment.assessor;

import java.time.Instant;
import java.util.List;

/** A member of the assessor pool with their current declaration of conflicts of interest. */
public record Assessor(String subject, String displayName, String organisationCode, Instant addedAt,
        List<Conflict> conflicts, Instant declaredAt) {

    /** A declared tie to an organisation: the allocator never gives them its applicants (docs/domain.md §2). */
    public record Conflict(Kind kind, String organisationCode, String note) {
    }

    /** Same organisation is not declared: the allocator knows each assessor's own employer. */
    public enum Kind { LINE_MANAGEMENT, PERSONAL, OTHER }
}
