package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.ascend.platform.test.BreakdownReading.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reporting issue's acceptance, through the gateway with real tokens: a known population applies with equality
 * answers, is screened, sifted and offered places; every funnel, breakdown and adverse-impact figure is checked
 * against values worked out by hand below; a regional lead gets their region only, disclosure-controlled; an
 * analyst's CSV equals the JSON.
 *
 * <pre>
 *              applied  eligible (band 8a+)  shortlisted  offered   Midlands (Y60): applied / eligible / shortlisted
 * White (A)       20         18                   9          2                       12 / 12 / 9
 * Asian (H)       12         11                   3          1                        8 /  8 / 3
 * Black (M)        4          4                   1          0                        4 /  4 / 1
 * </pre>
 */
@ExtendWith(LocalPlatform.Running.class)
class ReportingThroughTheGatewayTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);

    private final Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));
    private final Http analyst = gateway.withToken(LocalPlatform.token("analyst"));
    private final List<String> applications = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();

    @Test
    void aKnownPopulationsFiguresAsWorkedOutByHand() {
        String intakeId = intake();
        int base = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_900);
        for (int i = 0; i < 36; i++) {
            String category = i < 20 ? "A" : i < 32 ? "H" : "M";
            boolean midlands = i < 12 || (i >= 20 && i < 28) || i >= 32;
            String band = i == 18 || i == 19 || i == 31 ? "7" : "8b";
            apply(intakeId, base + i, i, category, midlands ? "Y60" : "Y56", band);
        }
        // Shortlisted: White 0-8, Asian 20-22, Black 32; the top three (score 5) are offered places: White 0 and 1, Asian 20.
        java.util.function.IntPredicate shortlisted = i -> i <= 8 || (i >= 20 && i <= 22) || i == 32;
        java.util.function.IntPredicate top = i -> i == 0 || i == 1 || i == 20;
        SiftThroughTheGateway.sift(gateway, manager, intakeId, applications, 33,
                application -> top.test(indexOf.get(application)) ? 5 : shortlisted.test(indexOf.get(application)) ? 4 : 2,
                application -> shortlisted.test(indexOf.get(application)));
        String cohortId = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", Map.of("name", "Reporting cohort",
                "capacity", 3, "startsOn", LocalDate.now().plusMonths(2).toString(), "endsOn", LocalDate.now().plusMonths(12).toString(),
                "scope", Map.of("kind", "NATIONAL"))).text("id");
        Awaitility.await("the outcome reaches cohort").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/cohorts/intakes/" + intakeId + "/rank-order").body().path("progressing").size() == 13);
        assertThat(manager.post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14)).status()).isEqualTo(200);

        // The funnel.
        String funnelPath = "/api/reporting/intakes/" + intakeId + "/funnel";
        JsonNode funnel = Awaitility.await("reporting has every event").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> analyst.get(funnelPath).body(), body -> stage(body, "offered") == 3 && stage(body, "shortlisted") == 13);
        assertThat(stage(funnel, "applied")).isEqualTo(36);
        assertThat(stage(funnel, "eligible")).isEqualTo(33);
        assertThat(funnel.path("left").path("ineligible").asInt()).isEqualTo(3);

        // The breakdown by ethnic group, national: as it is.
        String breakdownPath = "/api/reporting/intakes/" + intakeId + "/breakdown?by=ethnic-group";
        JsonNode national = analyst.get(breakdownPath).body();
        assertThat(national.path("disclosureControlled").asBoolean()).isFalse();
        assertThat(row(national, "applied")).containsEntry("White", "20").containsEntry("Asian or Asian British", "12")
                .containsEntry("Black or Black British", "4").containsEntry("Mixed", "0").containsEntry("NOT_STATED", "0");
        assertThat(row(national, "eligible")).containsEntry("White", "18").containsEntry("Asian or Asian British", "11")
                .containsEntry("Black or Black British", "4");
        assertThat(row(national, "shortlisted")).containsEntry("White", "9").containsEntry("Asian or Asian British", "3")
                .containsEntry("Black or Black British", "1");
        assertThat(row(national, "offered")).containsEntry("White", "2").containsEntry("Asian or Asian British", "1")
                .containsEntry("Black or Black British", "0");

        // Adverse impact at the sift: White 9/18 = 0.5 (reference); Asian 3/11 = 0.2727, ratio 0.5454, below four-fifths;
        // Black 4 people: insufficient data. WRES: 0.5 / (4/15) = 1.875.
        JsonNode sift = analyst.get("/api/reporting/intakes/" + intakeId + "/adverse-impact?by=ethnic-group").body().path("steps").get(0);
        assertThat(group(sift, "White").path("state").asString()).isEqualTo("REFERENCE");
        assertThat(group(sift, "Asian or Asian British").path("rate").asDouble()).isCloseTo(3.0 / 11, within(1e-9));
        assertThat(group(sift, "Asian or Asian British").path("ratio").asDouble()).isCloseTo((3.0 / 11) / 0.5, within(1e-9));
        assertThat(group(sift, "Asian or Asian British").path("belowFourFifths").asBoolean()).isTrue();
        assertThat(group(sift, "Black or Black British").path("state").asString()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(sift.path("whiteVersusBme").path("ratio").asDouble()).isCloseTo(0.5 / (4.0 / 15), within(1e-9));

        // A regional lead for the Midlands: their region only, disclosure-controlled. Eligible: 12 -> 10, 4 -> *, and
        // the 8 hidden too (secondary suppression: otherwise 24 - 12 - 8 would give the 4 away); the total 24 -> 25.
        Http lead = gateway.withToken(LocalPlatform.token("regional-lead-y60"));
        JsonNode midlands = lead.get(breakdownPath).body();
        assertThat(midlands.path("region").asString()).isEqualTo("Y60");
        assertThat(midlands.path("disclosureControlled").asBoolean()).isTrue();
        assertThat(row(midlands, "eligible")).containsEntry("White", "10").containsEntry("Asian or Asian British", "*")
                .containsEntry("Black or Black British", "*");
        assertThat(midlands.path("stages").get(1).path("total").path("value").asInt()).isEqualTo(25);
        assertThat(row(midlands, "shortlisted").get("Black or Black British")).isEqualTo("*");
        JsonNode midlandsSift = lead.get("/api/reporting/intakes/" + intakeId + "/adverse-impact?by=ethnic-group").body()
                .path("steps").get(0);
        assertThat(group(midlandsSift, "Black or Black British").path("state").asString()).isEqualTo("SUPPRESSED");
        assertThat(lead.get(breakdownPath + "&region=Y56").status()).isEqualTo(403);

        // The analyst's CSV is the JSON, cell for cell.
        String csv = analyst.get("/api/reporting/intakes/" + intakeId + "/breakdown/csv?by=ethnic-group").body().asString();
        List<String> lines = List.of(csv.strip().split("\r\n"));
        for (int s = 0; s < national.path("stages").size(); s++) {
            JsonNode stage = national.path("stages").get(s);
            List<String> cells = new ArrayList<>(List.of(stage.path("stage").asString()));
            stage.path("counts").forEach(shown -> cells.add(shown.path("suppressed").asBoolean() ? "*" : shown.path("value").asString()));
            cells.add(stage.path("total").path("value").asString());
            assertThat(lines.get(s + 1)).isEqualTo(String.join(",", cells));
        }

        // The same intake as a report the Midlands lead generates for their region, through the gateway: the job, its
        // figures (the lead's own), and the PDF.
        var started = lead.post("/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "REGIONAL", "intakeId", intakeId));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        JsonNode report = Awaitility.await("the report is generated").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> lead.get(started.header("Location")).body(),
                        job -> List.of("DONE", "FAILED").contains(job.path("state").asString()));
        assertThat(report.path("state").asString()).as(report.toString()).isEqualTo("DONE");
        assertThat(report.path("headline").path("Eligible").asString()).as("25 eligible in the Midlands, as the breakdown says")
                .isEqualTo("25");
        byte[] pdf = lead.bytes(report.path("links").path("pdf").asString());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(analyst.get("/api/reporting/reports/" + report.path("id").asString()).body().path("region").asString())
                .isEqualTo("Y60");
    }

    private String intake() {
        String schemeId = manager.post("/api/recruitment/schemes", Map.of("name", "Reporting scheme " + UUID.randomUUID(),
                "ownerBody", "NHS England", "targetCohortSize", 3, "eligibility", Map.of("minBand", "8a"))).text("id");
        Instant now = Instant.now();
        String intakeId = manager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Reporting intake",
                "places", 3, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(), "closesAt", now.plus(30, ChronoUnit.DAYS).toString()))
                .text("id");
        assertThat(manager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        return intakeId;
    }

    private void apply(String intakeId, int number, int index, String ethnicCategory, String region, String band) {
        Http applicant = gateway.withToken(LocalPlatform.token("bench-applicant-" + number));
        var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", Map.ofEntries(
                Map.entry("applicantEmail", "reporting" + number + "@nhs.example"), Map.entry("givenName", "Rep"),
                Map.entry("familyName", "Orting"), Map.entry("regionCode", region), Map.entry("band", band),
                Map.entry("organisationCode", "RJ" + (index % 10)), Map.entry("organisationType", "ACUTE_TRUST"),
                Map.entry("profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT"), Map.entry("currentRole", "Head of People")));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        String id = submitted.text("id");
        applications.add(id);
        indexOf.put(id, index);
        var equality = applicant.put("/api/recruitment/applications/" + id + "/equality", Map.of("ethnicCategory", ethnicCategory,
                "sex", index % 2 == 0 ? "FEMALE" : "MALE"));
        assertThat(equality.status()).as(equality.body().toString()).isEqualTo(200);
    }

    private static long stage(JsonNode funnel, String name) {
        for (JsonNode stage : funnel.path("stages")) {
            if (name.equals(stage.path("stage").asString())) {
                return stage.path("count").asLong();
            }
        }
        return -1;
    }

    private static JsonNode group(JsonNode step, String name) {
        for (JsonNode group : step.path("groups")) {
            if (group.path("group").asString().equals(name)) {
                return group;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
