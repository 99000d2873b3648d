package org.ascend.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

import static org.ascend.platform.test.BreakdownReading.row;
import static org.ascend.platform.test.BreakdownReading.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breakdowns by region and protected characteristic (docs/reporting.md), from a known population: the figures by hand,
 * an objection moving a person to "not stated", and disclosure control for whoever sees figures below national level.
 */
class BreakdownTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aKnownPopulationByEthnicGroupAsTheProgrammeTeamAnAnalystAndARegionalLeadSeeIt() {
        String intakeId = UUID.randomUUID().toString();
        // 12 applicants: 9 in the Midlands (Y60), 3 in London (Y56). Ethnic categories: A A A A A (White), H H H (Asian),
        // M M (Black), Z (declined to say), and one who gave no answers.
        String[] categories = {"A", "A", "A", "A", "A", "H", "H", "H", "M", "M", "Z", null};
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            String id = UUID.randomUUID().toString();
            applications.add(id);
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "regionCode", i < 9 ? "Y60" : "Y56", "submittedAt", "2026-11-22T09:00:00Z"));
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-screened.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "eligible", i != 4, "overridden", false, "reasons", List.of()));
            if (categories[i] != null) {
                send("ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1", equality(id, intakeId, categories[i]));
            }
        }
        // One Asian applicant objects: their answers stop being processed; they count as not stated.
        send("ascend.recruitment.equality.v1", applications.get(7), "org.ascend.recruitment.equality-objected.v1",
                Map.of("applicationId", applications.get(7), "intakeId", intakeId));

        String path = "/api/reporting/intakes/" + intakeId + "/breakdown?by=ethnic-group";
        Map<String, String> expected = Map.of("White", "5", "Mixed", "0", "Asian or Asian British", "2",
                "Black or Black British", "2", "Other ethnic groups", "0", "PREFER_NOT_TO_SAY", "1", "NOT_STATED", "2");
        // Every event counted: submissions, screenings (one White applicant ineligible) and the objection. Waiting on the
        // applied row alone let a screening still in flight change the figures between the two reads below.
        Map<String, String> expectedEligible = new java.util.HashMap<>(expected);
        expectedEligible.put("White", "4");
        JsonNode asTeam = Awaitility.await("every event counted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("programme-manager").get(path).body(),
                        body -> expected.equals(row(body, "applied")) && expectedEligible.equals(row(body, "eligible")));
        assertThat(asTeam.path("disclosureControlled").asBoolean()).isFalse();
        assertThat(total(asTeam, "applied")).isEqualTo("12");
        assertThat(row(asTeam, "eligible").get("White")).as("one White applicant was ineligible").isEqualTo("4");
        assertThat(as("analyst").get(path).body().path("stages")).as("national figures as they are")
                .isEqualTo(asTeam.path("stages"));

        JsonNode midlands = as("analyst").get(path + "&region=Y60").body();
        assertThat(midlands.path("disclosureControlled").asBoolean()).isTrue();
        assertThat(row(midlands, "applied").values()).as("1-7 hidden, the rest rounded to 5")
                .allMatch(shown -> shown.equals("*") || Long.parseLong(shown) % 5 == 0);
        assertThat(row(midlands, "applied").get("White")).isEqualTo("*");
        assertThat(total(midlands, "applied")).as("9 applicants in the Midlands, rounded").isEqualTo("10");

        // The analyst's CSV is the JSON, cell for cell.
        String csv = as("analyst").get("/api/reporting/intakes/" + intakeId + "/breakdown/csv?by=ethnic-group&region=Y60").body()
                .asString();
        List<String> lines = List.of(csv.strip().split("\r\n"));
        List<String> header = new ArrayList<>(List.of("stage"));
        midlands.path("categories").forEach(c -> header.add(c.asString()));
        header.add("total");
        assertThat(lines.get(0)).isEqualTo(String.join(",", header));
        for (int s = 0; s < midlands.path("stages").size(); s++) {
            JsonNode stage = midlands.path("stages").get(s);
            List<String> cells = new ArrayList<>(List.of(stage.path("stage").asString()));
            stage.path("counts").forEach(shown -> cells.add(shown.path("suppressed").asBoolean() ? "*" : shown.path("value").asString()));
            cells.add(total(midlands, stage.path("stage").asString()));
            assertThat(lines.get(s + 1)).isEqualTo(String.join(",", cells));
        }

        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        JsonNode ownRegion = lead.get(path).body();
        assertThat(ownRegion.path("region").asString()).isEqualTo("Y60");
        assertThat(ownRegion.path("stages")).isEqualTo(midlands.path("stages"));
        var otherRegion = lead.get(path + "&region=Y56");
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badFiltersAreProblemsAndAnEmptyIntakeIsZerosOrNotFound() {
        var manager = as("programme-manager");
        String intakeId = UUID.randomUUID().toString();
        var unknown = manager.get("/api/reporting/intakes/" + intakeId + "/breakdown?by=sex");
        assertThat(unknown.status()).isEqualTo(404);
        var badBy = manager.get("/api/reporting/intakes/" + intakeId + "/breakdown?by=shoe-size");
        assertThat(badBy.status()).isEqualTo(400);
        assertThat(badBy.contentType()).startsWith("application/problem+json");
        assertThat(badBy.body().toString()).contains("ethnic-group", "religion-belief");
        assertThat(manager.get("/api/reporting/intakes/" + intakeId + "/breakdown?by=sex&region=London").status()).isEqualTo(400);
        assertThat(manager.get("/api/reporting/intakes/" + intakeId + "/breakdown").status()).isEqualTo(400);
        assertThat(as("applicant").get("/api/reporting/intakes/" + intakeId + "/breakdown?by=sex").status()).isEqualTo(403);
        assertThat(as("assessor").get("/api/reporting/intakes/" + intakeId + "/breakdown?by=sex").status()).isEqualTo(403);

        send("ascend.recruitment.intake.v1", intakeId, "org.ascend.recruitment.intake-opened.v1", Map.of("intakeId", intakeId, "places", 15));
        JsonNode empty = Awaitility.await("the intake known").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/reporting/intakes/" + intakeId + "/breakdown?by=religion-belief"), r -> r.status() == 200)
                .body();
        assertThat(row(empty, "completed").values()).as("every group present, as 0").hasSize(10).containsOnly("0");
    }

    private static Map<String, Object> equality(String applicationId, String intakeId, String category) {
        Map<String, Object> data = new HashMap<>(Map.of("applicationId", applicationId, "intakeId", intakeId, "ethnicCategory", category,
                "sex", "FEMALE"));
        switch (category) {
            case "A" -> { data.put("ethnicGroup", "White"); data.put("blackAndMinorityEthnic", false); }
            case "H" -> { data.put("ethnicGroup", "Asian or Asian British"); data.put("blackAndMinorityEthnic", true); }
            case "M" -> { data.put("ethnicGroup", "Black or Black British"); data.put("blackAndMinorityEthnic", true); }
            default -> { }
        }
        return data;
    }


    private void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
