package org.ascend.reporting;

import org.ascend.platform.test.TableWriters;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's feature packages (docs/architecture.md: package by feature, then layer) form no cycles, and
 * use each other only through a feature's top-level types or a named interface such as its events; each
 * table is written by one feature, so its rules live in one place.
 */
class ModulesTest {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyWhatOthersExpose() {
        ApplicationModules.of(ReportingApplication.class).verify();
    }

    @Test
    void eachTableHasOneWritingFeature() {
        var writers = TableWriters.of("org.ascend.reporting");

        assertThat(writers).as("tables this service writes").isNotEmpty();
        writers.forEach((table, features) -> assertThat(features).as("features writing " + table).hasSize(1));
    }
}
