package org.ascend.assessment.reliability.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.assessment.reliability.IntraclassCorrelation;
import org.ascend.assessment.reliability.Interval;
import org.ascend.assessment.reliability.StageReliability;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A stage's reliability figures as they now stand, per criterion and for the weighted score; no assessor is named
 * (their severity stays in assessment). Published when the figures change, at most once per interval. Schema:
 * contracts/events/org.ascend.assessment.stage-reliability-updated.v1.schema.json
 */
@PublishedAs(topic = Topics.RELIABILITY, type = "org.ascend.assessment.stage-reliability-updated.v1")
public record StageReliabilityUpdated(UUID eventId, UUID intakeId, String stage, int cases, int sheets, List<Figures> criteria,
        Figures weighted, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    /** One set of figures; null where there is not enough data (see the bands and iccBasis). */
    public record Figures(String criterion, Double alphaOrdinal, Interval alphaOrdinalInterval, Double alphaInterval,
            Interval alphaIntervalInterval, String alphaBand, Double iccSingle, Interval iccSingleInterval, Double iccAverage,
            Interval iccAverageInterval, String iccBand, String iccBasis) {

        public static Figures of(StageReliability.Figures f) {
            IntraclassCorrelation.Icc icc = f.icc();
            return new Figures(f.criterion(), f.alphaOrdinal(), f.alphaOrdinalInterval(), f.alphaInterval(),
                    f.alphaIntervalInterval(), f.alphaBand().name(), icc == null ? null : icc.single(),
                    icc == null ? null : icc.singleInterval(), icc == null ? null : icc.average(),
                    icc == null ? null : icc.averageInterval(), f.iccBand().name(), f.iccBasis());
        }
    }

    /** The figures to publish for {@code reliability}: everything but the assessors. */
    public static StageReliabilityUpdated of(UUID intakeId, StageReliability reliability, long version, Instant at) {
        return new StageReliabilityUpdated(UUID.randomUUID(), intakeId, reliability.stage(), reliability.cases(),
                reliability.sheets(), reliability.criteria().stream().map(Figures::of).toList(), Figures.of(reliability.weighted()),
                version, at);
    }

    /** The same figures under the version they are published as. */
    public StageReliabilityUpdated as(long version) {
        return new StageReliabilityUpdated(eventId, intakeId, stage, cases, sheets, criteria, weighted, version, occurredAt);
    }

    @Override
    public String aggregateId() {
        return intakeId + "/" + stage;
    }
}
