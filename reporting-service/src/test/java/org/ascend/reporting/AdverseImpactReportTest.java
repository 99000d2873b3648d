package org.ascend.reporting;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Adverse impact through the API from a known population, with the figures worked out by hand. */
class AdverseImpactReportTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSiftsSelectionRatesRatiosAndTheWresLikelihoodAsComputedByHand() {
        String intakeId = UUID.randomUUID().toString();
        // At the sift: 40 White people eligible, 20 shortlisted (rate 0.50); 20 Asian, 4 shortlisted (0.20);
        // 5 Black, 1 shortlisted (too few to compare). All in the Midlands except 10 of the White ones (London).
        int n = 0;
        n += population(intakeId, "A", "White", false, 40, 20, n);
        n += population(intakeId, "H", "Asian or Asian British", true, 20, 4, n);
        population(intakeId, "M", "Black or Black British", true, 5, 1, n);

        String path = "/api/reporting/intakes/" + intakeId + "/adverse-impact?by=ethnic-group";
        JsonNode report = Awaitility.await("every event counted").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("analyst").get(path).body(), body -> group(sift(body), "White").path("considered").asInt() == 40
                        && group(sift(body), "Asian or Asian British").path("selected").asInt() == 4
                        && group(sift(body), "Black or Black British").path("considered").asInt() == 5);
        JsonNode sift = sift(report);
        assertThat(group(sift, "White").path("state").asString()).isEqualTo("REFERENCE");
        JsonNode asian = group(sift, "Asian or Asian British");
        assertThat(asian.path("rate").asDouble()).isCloseTo(0.20, within(1e-9));
        assertThat(asian.path("ratio").asDouble()).as("0.20 / 0.50").isCloseTo(0.40, within(1e-9));
        assertThat(asian.path("belowFourFifths").asBoolean()).isTrue();
        assertThat(asian.path("fisherP").asDouble()).as("a real difference at these numbers").isLessThan(0.05);
        assertThat(group(sift, "Black or Black British").path("state").asString()).as("5 people").isEqualTo("INSUFFICIENT_DATA");
        assertThat(group(sift, "Mixed").path("state").asString()).as("nobody").isEqualTo("INSUFFICIENT_DATA");
        // WRES: White 20/40 = 0.50; BME (Asian and Black) 5/25 = 0.20: 2.50 times as likely.
        assertThat(sift.path("whiteVersusBme").path("ratio").asDouble()).isCloseTo(2.50, within(1e-9));
        assertThat(report.path("steps").get(1).path("groups").findValuesAsString("state")).as("nobody offered yet")
                .containsOnly("INSUFFICIENT_DATA");

        String csv = as("analyst").get("/api/reporting/intakes/" + intakeId + "/adverse-impact/csv?by=ethnic-group").body().asString();
        assertThat(csv).contains("eligible,shortlisted,Asian or Asian British,COMPARED,20,4,0.2,0.4,true,"
                + asian.path("fisherP").asString());
        assertThat(csv).contains("eligible,shortlisted,White vs BME,COMPARED,65,25,,2.5,,");

        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        JsonNode midlands = lead.get(path).body();
        assertThat(midlands.path("disclosureControlled").asBoolean()).isTrue();
        JsonNode white = group(sift(midlands), "White");
        assertThat(white.path("considered").asInt()).as("30 in the Midlands, as shown").isEqualTo(30);
        assertThat(group(sift(midlands), "Black or Black British").path("state").asString()).as("5 and 1 are suppressed")
                .isEqualTo("SUPPRESSED");
        assertThat(lead.get(path + "&region=Y56").status()).isEqualTo(403);
        assertThat(as("programme-manager").get("/api/reporting/intakes/" + intakeId + "/adverse-impact?by=eye-colour").status())
                .isEqualTo(400);
    }

    /** {@code count} eligible applicants of one ethnic category, the first {@code shortlisted} progressed at the sift. */
    private int population(String intakeId, String category, String group, boolean bme, int count, int shortlisted, int offset) {
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            String region = category.equals("A") && i < 10 ? "Y56" : "Y60";
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "regionCode", region, "submittedAt", "2026-11-22T09:00:00Z"));
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-screened.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "eligible", true, "overridden", false, "reasons", java.util.List.of()));
            Map<String, Object> equality = new HashMap<>(Map.of("applicationId", id, "intakeId", intakeId, "ethnicCategory", category,
                    "ethnicGroup", group, "blackAndMinorityEthnic", bme));
            send("ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1", equality);
            send("ascend.assessment.case.v1", UUID.randomUUID().toString(), "org.ascend.assessment.stage-outcome-decided.v1", Map.of(
                    "caseId", UUID.randomUUID().toString(), "applicationId", id, "intakeId", intakeId, "stage", "SIFT",
                    "decision", i < shortlisted ? "PROGRESS" : "NOT_PROGRESS", "finalScore", 3.0, "tieBreak", false));
        }
        return count + offset;
    }

    private static JsonNode sift(JsonNode report) {
        return report.path("steps").get(0);
    }

    private static JsonNode group(JsonNode step, String name) {
        for (JsonNode group : step.path("groups")) {
            if (group.path("group").asString().equals(name)) {
                return group;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
