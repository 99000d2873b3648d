package org.ascend.platform.test.badinput;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite against one service (docs/reliability.md): a service's test class extends this and nothing more.
 * {@code -Dascend.bad-input.requests} sets how many requests (CI: 200 a service; the recorded full run: 2,600 a service,
 * 10,400 in all) and {@code -Dascend.bad-input.seed} which ones.
 */
public abstract class BadInputContract extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileRequestsFromTheApiDocumentAreRefusedCleanlyAndChangeNothing() {
        var findings = new BadInputSuite(anonymous, () -> DatabaseChecksum.of(jdbc))
                .run(Integer.getInteger("ascend.bad-input.requests", 200), Long.getLong("ascend.bad-input.seed", 16L));

        System.out.println(findings.table(getClass().getPackageName()));
        assertThat(findings.failures()).isEmpty();
        assertThat(findings.batchesChecked()).as("batches in which the database checksum was compared").isPositive();
    }
}
