package org.ascend.cohort;

import java.util.List;
import java.util.Map;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coach matching through the API (docs/cohorts.md): preferences honoured where they can be, never the same
 * organisation or a declared conflict, each pair explained, and a rematch that keeps everyone else's pair.
 */
class CoachingTest extends ServiceIntegrationTest {

    @Test
    void everyParticipantGetsAnAllowedCoachWithAReasonAndARematchMovesOnlyThem() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8", "RWE"));
        String sameOrgAsFirst = coach(manager, "Dr Ada Mensah", "RJ1", 2, List.of("board", "finance"));
        String second = coach(manager, "Ruth Okonjo", "RX9", 2, List.of("culture", "system-working"));
        String third = coach(manager, "Tom Hale", "RX8", 1, List.of("board"));
        var first = cohort.participants().get(0);
        // The first participant ranks a coach from their own organisation first: never allowed.
        assertThat(first.applicant().put("/api/cohorts/participants/" + first.id() + "/coaching-preferences",
                Map.of("coachIds", List.of(sameOrgAsFirst, third), "interests", List.of("board"))).status()).isEqualTo(200);
        assertThat(manager.post("/api/cohorts/participants/" + cohort.participants().get(1).id() + "/coaching-conflicts",
                Map.of("coachId", third, "reason", "Line-managed this participant until last year")).status()).isEqualTo(204);
        assertThat(first.applicant().put("/api/cohorts/participants/" + first.id() + "/coaching-preferences",
                Map.of("coachIds", List.of(sameOrgAsFirst, second, third, sameOrgAsFirst))).status())
                .as("at most three").isEqualTo(400);

        JsonNode report = manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching/match", "").body();

        JsonNode made = report.path("made");
        assertThat(made).hasSize(3);
        Map<String, String> coachOf = new java.util.HashMap<>();
        made.forEach(pair -> coachOf.put(pair.path("participantId").asString(), pair.path("coachId").asString()));
        assertThat(coachOf.get(first.id())).as("the first allowed preference").isEqualTo(third);
        assertThat(coachOf.get(cohort.participants().get(1).id())).as("never across a declared conflict").isNotEqualTo(third);
        assertThat(made).allSatisfy(pair -> assertThat(pair.path("reason").asString()).isNotBlank());
        assertThat(first.applicant().get("/api/cohorts/me/coach").body().findValuesAsString("coachId")).containsExactly(third);

        String movedId = cohort.participants().get(2).id();
        JsonNode rematched = manager.post("/api/cohorts/participants/" + movedId + "/coaching/rematch", "").body().path("made");
        assertThat(rematched).hasSize(1);
        assertThat(rematched.get(0).path("coachId").asString()).isNotEqualTo(coachOf.get(movedId));
        JsonNode after = manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/coaching").body();
        for (JsonNode pair : after) {
            if (!pair.path("participantId").asString().equals(movedId)) {
                assertThat(pair.path("coachId").asString()).as("everyone else keeps their coach")
                        .isEqualTo(coachOf.get(pair.path("participantId").asString()));
            }
        }
    }

    private static String coach(org.ascend.platform.test.Http manager, String name, String organisation, int capacity,
            List<String> specialisms) {
        var response = manager.post("/api/cohorts/coaches", Map.of("displayName", name, "organisationCode", organisation,
                "regionCode", "Y60", "capacity", capacity, "specialisms", specialisms));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }
}
