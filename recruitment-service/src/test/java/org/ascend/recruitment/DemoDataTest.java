package org.ascend.recruitment;

import java.util.HashSet;
import java.util.Set;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.recruitment.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** `./ascend up --demo`: the seed documents' schemes, populated, and seeded only once. */
class DemoDataTest extends ServiceIntegrationTest {

    @Autowired
    DemoData demo;

    @Test
    void theSeedDocumentsSchemesArePopulatedOnce() {
        var first = demo.seed();
        assertThat(first.alreadySeeded()).isFalse();
        assertThat(first.applications()).isGreaterThanOrEqualTo(100);
        assertThat(demo.seed().alreadySeeded()).as("a second start adds nothing").isTrue();

        JsonNode schemes = as("programme-manager").get("/api/recruitment/schemes").body();
        JsonNode adow = find(schemes, "Aspirant Director of Workforce",
                "NHS Employers with NHS Leadership Academy Executive Search");
        JsonNode pilot = find(schemes, "High Potential Scheme (Staffordshire pilot)",
                "NHS Leadership Academy with the Staffordshire and Stoke-on-Trent system");
        JsonNode steppingUp = find(schemes, "Stepping Up", "NHS Leadership Academy");
        assertThat(steppingUp.path("positiveAction").path("basis").asString()).isEqualTo("S158_TARGETED");

        JsonNode adowRounds = intakesOf(adow);
        assertThat(adowRounds.findValuesAsString("name")).containsExactlyInAnyOrder("Cohort 1", "Cohort 2", "Cohort 3", "Cohort 4");
        assertThat(adowRounds.findValuesAsString("status")).containsOnly("CLOSED");
        JsonNode cohort4 = named(adowRounds, "Cohort 4");
        assertThat(cohort4.path("places").asInt()).isEqualTo(15);
        assertThat(cohort4.path("opensAt").asString()).isEqualTo("2019-06-24T08:00:00Z"); // 09:00 in London (BST)
        JsonNode pilotRound = intakesOf(pilot).get(0);
        assertThat(pilotRound.path("places").asInt()).isEqualTo(20);
        assertThat(pilotRound.path("status").asString()).as("its cohort is running").isEqualTo("CLOSED");
        JsonNode steppingUpRounds = intakesOf(steppingUp);
        assertThat(named(steppingUpRounds, "2025 cohort").path("status").asString()).isEqualTo("CLOSED");
        assertThat(named(steppingUpRounds, "2026 cohort").path("status").asString()).as("one round open now").isEqualTo("OPEN");

        var listed = as("programme-manager").get("/api/recruitment/intakes/" + cohort4.path("id").asString()
                + "/applications?size=200").body();
        Set<String> regions = new HashSet<>(listed.path("items").findValuesAsString("regionCode"));
        assertThat(regions).as("applicants across the seven regions").hasSize(7);
        assertThat(listed.path("items").findValuesAsString("submittedAt")).allMatch(at -> at.startsWith("2019-0"));
        assertThat(listed.path("items").findValuesAsString("eligible")).contains("true", "false");
    }

    /** Other tests create schemes of the same names and owners: the demo's have their fixed ids. */
    private static JsonNode find(JsonNode schemes, String name, String ownerBody) {
        for (JsonNode scheme : schemes) {
            if (scheme.path("id").asString().equals(DemoData.demoId(name).toString())
                    && scheme.path("ownerBody").asString().equals(ownerBody)) {
                return scheme;
            }
        }
        throw new AssertionError("no scheme " + name + " in " + schemes);
    }

    private JsonNode intakesOf(JsonNode scheme) {
        return as("programme-manager").get("/api/recruitment/intakes?schemeId=" + scheme.path("id").asString()).body();
    }

    private static JsonNode named(JsonNode intakes, String name) {
        for (JsonNode intake : intakes) {
            if (intake.path("name").asString().equals(name)) {
                return intake;
            }
        }
        throw new AssertionError("no intake " + name + " in " + intakes);
    }
}
