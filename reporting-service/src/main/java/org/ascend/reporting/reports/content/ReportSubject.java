package org.ascend.reporting.reports.content;

import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.reports.Audience;

/**
 * What one generation is about and for whom: the builders' input.
 *
 * @param subject the intake id, scheme id or financial year
 * @param title the cover's title as the requester gave it, or null
 */
public record ReportSubject(String subject, String title, Audience audience, ReportScope scope, String generatedAt,
        String templateVersion) {

    /** True for the programme board: national figures as they are. */
    public boolean asTheyAre() {
        return scope.asTheyAre();
    }

    public ReportContent.Cover cover(String subjectLine) {
        String audienceLine = audience.label() + (scope.region() == null ? "" : ": " + Words.region(scope.region()));
        return new ReportContent.Cover(subjectLine, audienceLine, audience.description(), audience.rules(), generatedAt,
                templateVersion);
    }
}
