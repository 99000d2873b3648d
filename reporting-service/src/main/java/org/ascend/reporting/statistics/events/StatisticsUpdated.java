package org.ascend.reporting.statistics.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.reporting.Topics;
import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.disclosure.Shown;

/**
 * An intake's figures for one region, disclosure-controlled, as they now stand: the funnel stages, and each stage by
 * each protected characteristic. Published when they change, at most once per interval. Schema:
 * contracts/events/org.ascend.reporting.statistics-updated.v1.schema.json
 */
@PublishedAs(topic = Topics.STATISTICS, type = "org.ascend.reporting.statistics-updated.v1")
public record StatisticsUpdated(UUID eventId, UUID intakeId, UUID schemeId, Integer year, String regionCode,
        String disclosureControl, List<Stage> stages, List<ByCharacteristic> breakdowns, long aggregateVersion,
        Instant occurredAt) implements DomainEvent {

    public static final String RULES = "NHS Digital: counts of 1-7 shown as suppressed, others rounded to the nearest 5, "
            + "secondary suppression so that no suppressed count can be worked out from the others";

    /** One stage's count in the region. */
    public record Stage(String stage, Shown count) {
    }

    /** Every stage by one characteristic's categories. */
    public record ByCharacteristic(String characteristic, List<String> categories, List<Breakdown.StageRow> stages) {
    }

    @Override
    public String aggregateId() {
        return intakeId + "/" + regionCode;
    }
}
