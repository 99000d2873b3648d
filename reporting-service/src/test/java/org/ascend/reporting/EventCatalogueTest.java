package org.ascend.reporting;

import org.ascend.platform.test.EventCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event this service publishes is in contracts/: a JSON Schema and its topic in AsyncAPI. */
class EventCatalogueTest {

    @Test
    void everyPublishedEventIsDocumented() {
        assertThat(EventCatalogue.assertDocumented("org.ascend.reporting")).isPositive();
    }
}
