package org.ascend.cohort;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The service's feature packages (docs/architecture.md: package by feature, then layer) form no cycles, and
 * use each other only through a feature's top-level types or a named interface such as its events.
 */
class ModulesTest {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyWhatOthersExpose() {
        ApplicationModules.of(CohortApplication.class).verify();
    }
}
