package org.ascend.cohort;

import org.ascend.cohort.intake.events.IntakeClosed;
import org.ascend.cohort.intake.events.IntakeOpened;
import org.ascend.cohort.outcome.events.StageOutcomeDecided;
import org.ascend.cohort.recruitment.ApplicantErased;
import org.ascend.cohort.recruitment.OffereeIdentified;
import org.ascend.cohort.recruitment.ParticipantDetailsReleased;
import org.ascend.platform.test.EventContracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumer side of the contract: every example the producer publishes parses into our records. */
class ConsumedEventContractsTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void everyIntakeExampleParses() {
        assertThat(EventContracts.examples(IntakeOpened.TYPE)).isNotEmpty().allSatisfy(example -> {
            var opened = json.readValue(example, IntakeOpened.class);
            assertThat(opened.intakeId()).isNotNull();
            assertThat(opened.places()).isPositive();
        });
        assertThat(EventContracts.examples(IntakeClosed.TYPE)).isNotEmpty().allSatisfy(example ->
                assertThat(json.readValue(example, IntakeClosed.class).intakeId()).isNotNull());
    }

    @Test
    void everyStageOutcomeAndOffereeExampleParses() {
        assertThat(EventContracts.examples(StageOutcomeDecided.TYPE)).isNotEmpty().allSatisfy(example -> {
            var decided = json.readValue(example, StageOutcomeDecided.class);
            assertThat(decided.applicationId()).isNotNull();
            assertThat(decided.finalScore()).isNotNull();
            assertThat(decided.decision()).isIn("PROGRESS", "NOT_PROGRESS");
        });
        assertThat(EventContracts.examples(OffereeIdentified.TYPE)).isNotEmpty().allSatisfy(example ->
                assertThat(json.readValue(example, OffereeIdentified.class).applicantSubject()).isNotBlank());
        assertThat(EventContracts.examples(ParticipantDetailsReleased.TYPE)).isNotEmpty().allSatisfy(example ->
                assertThat(json.readValue(example, ParticipantDetailsReleased.class).email()).isNotBlank());
        assertThat(EventContracts.examples(ApplicantErased.TYPE)).isNotEmpty().allSatisfy(example ->
                assertThat(json.readValue(example, ApplicantErased.class).applicationIds()).isNotEmpty());
    }
}
