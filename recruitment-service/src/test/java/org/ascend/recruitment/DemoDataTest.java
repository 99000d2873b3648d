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

        JsonNode cohort4 = intakeOf(adow);
        assertThat(cohort4.path("places").asInt()).isEqualTo(15);
        assertThat(cohort4.path("opensAt").asString()).isEqualTo("2019-06-24T08:00:00Z"); // 09:00 in London (BST)
        assertThat(cohort4.path("status").asString()).isEqualTo("CLOSED");
        assertThat(intakeOf(pilot).path("places").asInt()).isEqualTo(20);
        assertThat(intakeOf(pilot).path("status").asString()).isEqualTo("OPEN");

        var listed = as("programme-manager").get("/api/recruitment/intakes/" + cohort4.path("id").asString()
                + "/applications?size=200").body();
        Set<String> regions = new HashSet<>(listed.path("items").findValuesAsString("regionCode"));
        assertThat(regions).as("applicants across the seven regions").hasSize(7);
        assertThat(listed.path("items").findValuesAsString("submittedAt")).allMatch(at -> at.startsWith("2019-0"));
        assertThat(listed.path("items").findValuesAsString("eligible")).contains("true", "false");
    }

    /** Other tests create schemes of the same names: the demo's have their seeded owner bodies. */
    private static JsonNode find(JsonNode schemes, String name, String ownerBody) {
        for (JsonNode scheme : schemes) {
            if (scheme.path("name").asString().equals(name) && scheme.path("ownerBody").asString().equals(ownerBody)) {
                return scheme;
            }
        }
        throw new AssertionError("no scheme " + name + " in " + schemes);
    }

    private JsonNode intakeOf(JsonNode scheme) {
        JsonNode intakes = as("programme-manager").get("/api/recruitment/intakes?schemeId=" + scheme.path("id").asString()).body();
        assertThat(intakes.size()).isEqualTo(1);
        return intakes.get(0);
    }
}
