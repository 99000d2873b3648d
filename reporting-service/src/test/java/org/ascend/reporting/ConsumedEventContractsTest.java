package org.ascend.reporting;

import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.reporting.funnel.events.ApplicationSubmitted;
import org.ascend.reporting.funnel.events.CaseOpened;
import org.ascend.reporting.funnel.events.IntakeClosed;
import org.ascend.reporting.funnel.events.IntakeOpened;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumer side of the contract: every example the producers publish parses into our records. */
class ConsumedEventContractsTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void everyConsumedExampleParsesWithNoMissingField() {
        Map<String, Class<? extends Record>> consumed = Map.of(
                IntakeOpened.TYPE, IntakeOpened.class,
                IntakeClosed.TYPE, IntakeClosed.class,
                ApplicationSubmitted.TYPE, ApplicationSubmitted.class,
                CaseOpened.TYPE, CaseOpened.class);
        consumed.forEach((type, recordType) -> assertThat(EventContracts.examples(type)).as(type).isNotEmpty()
                .allSatisfy(example -> {
                    Record parsed = json.readValue(example, recordType);
                    for (var component : recordType.getRecordComponents()) {
                        assertThat(component.getAccessor().invoke(parsed)).as(type + "." + component.getName()).isNotNull();
                    }
                }));
    }
}
