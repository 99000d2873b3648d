package org.ascend.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;

import static org.ascend.cohort.CohortTestSupport.createCohort;
import static org.ascend.cohort.CohortTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** Cohorts of an intake: created planned, with a scope and delivery partners, moved on only as the lifecycle allows. */
class CohortsTest extends ServiceIntegrationTest {

    @Test
    void aCohortTakesTheIntakesPlacesAndMovesThroughItsLifecycle() {
        var manager = as("programme-manager");
        String intakeId = openIntake(manager, 15);
        String cohortId = createCohort(manager, intakeId, null);

        var cohort = manager.get("/api/cohorts/cohorts/" + cohortId);
        assertThat(cohort.body().path("capacity").asInt()).isEqualTo(15);
        assertThat(cohort.text("status")).isEqualTo("PLANNED");
        assertThat(cohort.body().path("deliveryPartners").toString()).contains("NHS Employers");

        assertThat(manager.post("/api/cohorts/cohorts/" + cohortId + "/status", Map.of("status", "RUNNING")).text("status"))
                .isEqualTo("RUNNING");
        var back = manager.post("/api/cohorts/cohorts/" + cohortId + "/status", Map.of("status", "PLANNED"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.contentType()).startsWith("application/problem+json");
        assertThat(manager.post("/api/cohorts/cohorts/" + cohortId + "/status", Map.of("status", "CANCELLED")).status())
                .as("cancelling needs a reason").isEqualTo(400);
        var cancelled = manager.post("/api/cohorts/cohorts/" + cohortId + "/status",
                Map.of("status", "CANCELLED", "reason", "Programme funding withdrawn this year"));
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancelReason")).isEqualTo("Programme funding withdrawn this year");
    }

    @Test
    void aRegionalLeadSeesTheCohortsOfTheirRegionOnly() {
        var manager = as("programme-manager");
        String intakeId = openIntake(manager, 20);
        String midlands = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", cohort("Staffordshire pilot",
                Map.of("kind", "LOCAL_SYSTEM", "regionCode", "Y60", "systemCode", "QNC", "memberOrganisations", List.of("RJE", "RLY"))))
                .text("id");
        String london = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", cohort("London",
                Map.of("kind", "REGION", "regionCode", "Y56"))).text("id");
        var lead = anonymous.withToken(TestIdentity.token("regional-lead", claims -> claims.claim("region", "Y60")));

        assertThat(lead.get("/api/cohorts/cohorts/" + midlands).status()).isEqualTo(200);
        assertThat(lead.get("/api/cohorts/cohorts/" + london).status()).isEqualTo(404);
        assertThat(lead.get("/api/cohorts/cohorts?intakeId=" + intakeId).body().findValuesAsString("id")).containsExactly(midlands);
        assertThat(as("applicant").get("/api/cohorts/cohorts/" + midlands).status()).isEqualTo(403);
    }

    @Test
    void badCohortsAreRefusedAndNothingIsCreated() {
        var manager = as("programme-manager");
        String intakeId = openIntake(manager, 10);
        List<Map<String, Object>> bad = List.of(
                Map.of("name", "Ends first", "startsOn", "2027-03-01", "endsOn", "2027-01-01", "scope", Map.of("kind", "NATIONAL")),
                Map.of("name", "Region missing", "startsOn", "2027-01-01", "endsOn", "2027-12-01", "scope", Map.of("kind", "REGION")),
                Map.of("name", "No members", "startsOn", "2027-01-01", "endsOn", "2027-12-01",
                        "scope", Map.of("kind", "LOCAL_SYSTEM", "regionCode", "Y60", "systemCode", "QNC")),
                Map.of("name", "Zero places", "capacity", 0, "startsOn", "2027-01-01", "endsOn", "2027-12-01",
                        "scope", Map.of("kind", "NATIONAL")),
                Map.of("name", "", "startsOn", "2027-01-01", "endsOn", "2027-12-01", "scope", Map.of("kind", "NATIONAL")));
        for (Map<String, Object> cohort : bad) {
            var response = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", cohort);
            assertThat(response.status()).as(cohort.get("name").toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(manager.get("/api/cohorts/cohorts?intakeId=" + intakeId).body().size()).isZero();
        var unknownIntake = manager.post("/api/cohorts/intakes/" + UUID.randomUUID() + "/cohorts",
                cohort("Nowhere", Map.of("kind", "NATIONAL")));
        assertThat(unknownIntake.status()).isEqualTo(404);
        assertThat(as("assessor").post("/api/cohorts/intakes/" + intakeId + "/cohorts", cohort("Not mine", Map.of("kind", "NATIONAL")))
                .status()).isEqualTo(403);
    }

    private static Map<String, Object> cohort(String name, Map<String, Object> scope) {
        return Map.of("name", name, "startsOn", LocalDate.now().plusMonths(1).toString(),
                "endsOn", LocalDate.now().plusMonths(13).toString(), "scope", scope);
    }
}
