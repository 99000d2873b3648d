package org.ascend.platform.test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's feature packages (docs/architecture.md: package by feature, then layer): no cycles, no use of
 * another feature's inner packages (a named interface such as its events is fine), and each table written
 * by one feature, so its rules live in one place.
 */
public final class FeatureBoundaries {

    private FeatureBoundaries() {
    }

    public static void verify(Class<?> application) {
        ApplicationModules.of(application).verify();
        var writers = TableWriters.of(application.getPackageName());
        assertThat(writers).as("tables the service writes").isNotEmpty();
        writers.forEach((table, features) -> assertThat(features).as("features writing " + table).hasSize(1));
    }
}
