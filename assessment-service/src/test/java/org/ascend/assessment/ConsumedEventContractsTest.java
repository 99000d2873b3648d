package org.ascend.assessment;

import org.ascend.assessment.allocation.events.ApplicantEmployerRecorded;
import org.ascend.assessment.assessmentcase.events.ApplicantErased;
import org.ascend.assessment.assessmentcase.events.ApplicationScreened;
import org.ascend.assessment.assessmentcase.events.ApplicationSubmitted;
import org.ascend.assessment.assessmentcase.events.ApplicationWithdrawn;
import org.ascend.platform.test.EventContracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumer side of the contract: every example the producer publishes parses into our record. */
class ConsumedEventContractsTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void everyApplicationWithdrawnExampleParses() {
        var examples = EventContracts.examples(ApplicationWithdrawn.TYPE);
        assertThat(examples).isNotEmpty();
        for (byte[] example : examples) {
            assertThat(json.readValue(example, ApplicationWithdrawn.class).applicationId()).isNotNull();
        }
    }

    @Test
    void everyApplicantErasedExampleParses() {
        var examples = EventContracts.examples(ApplicantErased.TYPE);
        assertThat(examples).isNotEmpty();
        for (byte[] example : examples) {
            assertThat(json.readValue(example, ApplicantErased.class).applicationIds()).isNotEmpty();
        }
    }

    @Test
    void everyApplicationScreenedExampleParses() {
        var examples = EventContracts.examples(ApplicationScreened.TYPE);
        assertThat(examples).isNotEmpty();
        for (byte[] example : examples) {
            assertThat(json.readValue(example, ApplicationScreened.class).applicationId()).isNotNull();
        }
    }

    @Test
    void everyApplicantEmployerRecordedExampleParses() {
        var examples = EventContracts.examples(ApplicantEmployerRecorded.TYPE);
        assertThat(examples).isNotEmpty();
        for (byte[] example : examples) {
            assertThat(json.readValue(example, ApplicantEmployerRecorded.class).organisationCode()).isNotBlank();
        }
    }

    @Test
    void everyApplicationSubmittedExampleParses() {
        var examples = EventContracts.examples(ApplicationSubmitted.TYPE);
        assertThat(examples).isNotEmpty();
        for (byte[] example : examples) {
            var event = json.readValue(example, ApplicationSubmitted.class);
            assertThat(event.applicationId()).isNotNull();
            assertThat(event.intakeId()).isNotNull();
            assertThat(event.submittedAt()).isNotNull();
        }
    }
}
