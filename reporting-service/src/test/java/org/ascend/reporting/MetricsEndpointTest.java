package org.ascend.reporting;

import java.util.UUID;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service exposes Prometheus metrics on its own port (docs/operations.md): the JVM, HTTP, the connection pool. */
class MetricsEndpointTest extends ServiceIntegrationTest {

    @Test
    void prometheusScrapesTheServiceWithoutAToken() {
        as("analyst").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        var scrape = anonymous.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.body().asString()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count", "application=\"reporting-service\"");
    }
}
