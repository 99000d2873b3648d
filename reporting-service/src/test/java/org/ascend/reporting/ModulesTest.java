package org.ascend.reporting;

import org.ascend.platform.test.FeatureBoundaries;
import org.junit.jupiter.api.Test;

/** No cycles between features, no use of another feature's inner packages, one writing feature per table. */
class ModulesTest {

    @Test
    void featuresKeepTheirBoundaries() {
        FeatureBoundaries.verify(ReportingApplication.class);
    }
}
