package org.ascend.reporting.reports.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.reporting.Topics;

/**
 * A report was generated and stored: what it is and where to fetch it, never its figures' subjects or anything
 * personal (its free-text title stays out too). Regional systems fetch PUBLIC reports with their own credentials.
 * Schema: contracts/events/org.ascend.reporting.report-published.v1.schema.json
 */
@PublishedAs(topic = Topics.REPORT, type = "org.ascend.reporting.report-published.v1")
public record ReportPublished(UUID eventId, UUID reportId, String kind, String audience, String regionCode, String subject,
        String templateVersion, String htmlPath, String pdfPath, String tablesPath, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
