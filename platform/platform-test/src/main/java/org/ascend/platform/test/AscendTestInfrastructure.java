package org.ascend.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Import this in a service's integration tests to run it on real PostgreSQL and Kafka. Keep the
 * same imports and properties in every test class of a service so Spring reuses one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AscendTestInfrastructure {

    @Bean
    DynamicPropertyRegistrar ascendInfrastructureProperties() {
        return registry -> {
            TestInfrastructure.registerPostgres(registry);
            registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafka);
            TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
            // This run's own audit spool: one left by an earlier run must not be written into this run's database.
            registry.add("ascend.audit.spool-dir", AscendTestInfrastructure::auditSpool);
        };
    }

    private static String auditSpool() {
        try {
            return java.nio.file.Files.createTempDirectory("ascend-audit-spool").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
