package org.ascend.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service exposes Prometheus metrics on its own port (docs/operations.md): the JVM, HTTP, the connection pool,
 * its Kafka consumers' lag and its outbox's backlog.
 */
class MetricsEndpointTest extends ServiceIntegrationTest {

    @Test
    void everyServiceMetricTheDashboardShowsIsServed() throws Exception {
        as("analyst").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        String scrape = anonymous.get("/actuator/prometheus").body().asString();
        String dashboard = Files.readString(Path.of("../infra/grafana/ascend-dashboard.json"));
        Set<String> shown = Pattern.compile("([a-z][a-z0-9_]+)\\{").matcher(dashboard).results()
                .map(match -> match.group(1)).filter(name -> !name.startsWith("spring_cloud_gateway"))
                .collect(Collectors.toSet());
        assertThat(shown).hasSizeGreaterThan(5);
        assertThat(shown).allSatisfy(name -> assertThat(scrape).as("the dashboard's " + name).contains(name));
    }

    @Test
    void prometheusScrapesTheServiceWithoutAToken() {
        as("analyst").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        var scrape = anonymous.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.body().asString()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count", "application=\"reporting-service\"",
                "kafka_consumer_fetch_manager_records_lag_max", "ascend_outbox_backlog");
    }
}
