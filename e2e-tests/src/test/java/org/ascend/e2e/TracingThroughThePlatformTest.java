package org.ascend.e2e;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.e2e.TraceCollector.ExportedSpan;
import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One submission is one trace (docs/operations.md, "Tracing"): the gateway continues the caller's W3C trace, recruitment
 * handles the request and sends the event through its outbox, and assessment and reporting consume it, all under the
 * caller's trace id, each consumer span a child of one of recruitment's producer spans.
 */
@ExtendWith(LocalPlatform.Running.class)
class TracingThroughThePlatformTest {

    private final Http gateway = new Http(LocalPlatform.GATEWAY);

    @Test
    void oneSubmissionIsOneTraceFromTheGatewayThroughKafkaToAssessment() {
        Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));
        var scheme = manager.post("/api/recruitment/schemes", Map.of("name", "Traced scheme", "ownerBody", "NHS England",
                "targetCohortSize", 15));
        Instant now = Instant.now();
        var intake = manager.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of("name", "Traced intake",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString()));
        assertThat(manager.post("/api/recruitment/intakes/" + intake.text("id") + "/open", "").status()).isEqualTo(200);

        String traceId = randomHex(16);
        var submitted = gateway.withToken(LocalPlatform.token("applicant")).post(
                "/api/recruitment/intakes/" + intake.text("id") + "/applications",
                Map.of("applicantEmail", "traced@nhs.example", "givenName", "Ade", "familyName", "Traced", "regionCode", "Y56",
                        "band", "8d", "organisationCode", "RJ1", "organisationType", "ACUTE_TRUST",
                        "profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT", "currentRole", "Associate Director of Workforce"),
                Map.of("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);

        // Each process exports its spans in its own batches, in the order they end: a server span ends after the
        // producer span inside it, and may come in a later batch than the consumers'. Wait for every span the checks
        // below look at, not only some of them.
        List<ExportedSpan> trace = Awaitility.await("the gateway's and recruitment's server spans, recruitment's producer spans"
                + " and assessment's and reporting's consumer spans in trace " + traceId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> spansOf(traceId), spans -> server(spans, "gateway") && server(spans, "recruitment-service")
                        && !producers(spans).isEmpty()
                        && !consumers(spans, "assessment-service").isEmpty() && !consumers(spans, "reporting-service").isEmpty());

        assertThat(trace).extracting(ExportedSpan::service)
                .contains("gateway", "recruitment-service", "assessment-service", "reporting-service");
        // A submission may send more than one event on the topic: each consumer span is the child of one of them.
        List<String> sent = producers(trace).stream().map(ExportedSpan::spanId).toList();
        assertThat(sent).as("recruitment's producer spans for the application topic").isNotEmpty();
        for (String service : List.of("assessment-service", "reporting-service")) {
            assertThat(consumers(trace, service)).as(service + "'s consumer spans").isNotEmpty()
                    .allSatisfy(span -> assertThat(sent).contains(span.parentSpanId()));
        }
    }

    private static List<ExportedSpan> spansOf(String traceId) {
        return TraceCollector.SPANS.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** Whether the service's span for handling the request has been exported yet. */
    private static boolean server(List<ExportedSpan> spans, String service) {
        return spans.stream().anyMatch(span -> span.service().equals(service) && span.kind().equals("SPAN_KIND_SERVER"));
    }

    /** Recruitment's spans for sending records of the application topic, as far as exported yet. */
    private static List<ExportedSpan> producers(List<ExportedSpan> spans) {
        return spans.stream().filter(span -> span.service().equals("recruitment-service") && span.kind().equals("SPAN_KIND_PRODUCER")
                && span.name().contains("ascend.recruitment.application.v1")).toList();
    }

    /** The service's spans for receiving records of the application topic, as far as exported yet. */
    private static List<ExportedSpan> consumers(List<ExportedSpan> spans, String service) {
        return spans.stream().filter(span -> span.service().equals(service) && span.kind().equals("SPAN_KIND_CONSUMER")
                && span.name().contains("ascend.recruitment.application.v1")).toList();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
