package org.ascend.cohort;

import org.ascend.cohort.intake.events.IntakeClosed;
import org.ascend.cohort.intake.events.IntakeOpened;
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
}
