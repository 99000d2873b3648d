package org.ascend.reporting;

import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.reporting.activity.events.NetworkEventRecorded;
import org.ascend.reporting.progression.events.CareerConsentGiven;
import org.ascend.reporting.progression.events.CareerConsentWithdrawn;
import org.ascend.reporting.progression.events.CareerMoveRecorded;
import org.ascend.reporting.funnel.events.ApplicationSubmitted;
import org.ascend.reporting.funnel.events.ApplicantErased;
import org.ascend.reporting.funnel.events.ApplicationEndorsed;
import org.ascend.reporting.funnel.events.ApplicationScreened;
import org.ascend.reporting.funnel.events.ApplicationWithdrawn;
import org.ascend.reporting.funnel.events.OfferMade;
import org.ascend.reporting.funnel.events.ParticipantCompleted;
import org.ascend.reporting.funnel.events.ParticipantEnrolled;
import org.ascend.reporting.funnel.events.ParticipantWithdrawn;
import org.ascend.reporting.funnel.events.StageOutcomeDecided;
import org.ascend.reporting.equality.events.EqualityObjected;
import org.ascend.reporting.equality.events.EqualityRecorded;
import org.ascend.reporting.reliability.events.StageReliabilityUpdated;
import org.ascend.reporting.funnel.events.IntakeClosed;
import org.ascend.reporting.funnel.events.IntakeOpened;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer side of the contract: every example the producers publish parses into our records, and carries every field
 * they read (some, like equality answers, may rightly be null).
 */
class ConsumedEventContractsTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void everyConsumedExampleParsesWithNoMissingField() {
        Map<String, Class<? extends Record>> consumed = Map.ofEntries(
                Map.entry(IntakeOpened.TYPE, IntakeOpened.class),
                Map.entry(IntakeClosed.TYPE, IntakeClosed.class),
                Map.entry(ApplicationSubmitted.TYPE, ApplicationSubmitted.class),
                Map.entry(ApplicationScreened.TYPE, ApplicationScreened.class),
                Map.entry(ApplicationEndorsed.TYPE, ApplicationEndorsed.class),
                Map.entry(ApplicationWithdrawn.TYPE, ApplicationWithdrawn.class),
                Map.entry(ApplicantErased.TYPE, ApplicantErased.class),
                Map.entry(StageOutcomeDecided.TYPE, StageOutcomeDecided.class),
                Map.entry(OfferMade.TYPE, OfferMade.class),
                Map.entry(ParticipantEnrolled.TYPE, ParticipantEnrolled.class),
                Map.entry(ParticipantCompleted.TYPE, ParticipantCompleted.class),
                Map.entry(ParticipantWithdrawn.TYPE, ParticipantWithdrawn.class),
                Map.entry(EqualityRecorded.TYPE, EqualityRecorded.class),
                Map.entry(EqualityObjected.TYPE, EqualityObjected.class),
                Map.entry(StageReliabilityUpdated.TYPE, StageReliabilityUpdated.class),
                Map.entry(CareerConsentGiven.TYPE, CareerConsentGiven.class),
                Map.entry(CareerConsentWithdrawn.TYPE, CareerConsentWithdrawn.class),
                Map.entry(CareerMoveRecorded.TYPE, CareerMoveRecorded.class),
                Map.entry(NetworkEventRecorded.TYPE, NetworkEventRecorded.class));
        consumed.forEach((type, recordType) -> assertThat(EventContracts.examples(type)).as(type).isNotEmpty()
                .allSatisfy(example -> {
                    json.readValue(example, recordType);
                    // Every field we read is in the producer's example (a renamed field would parse silently as null).
                    var fields = json.readTree(example);
                    for (var component : recordType.getRecordComponents()) {
                        assertThat(fields.has(component.getName())).as(type + "." + component.getName()).isTrue();
                    }
                }));
    }
}
