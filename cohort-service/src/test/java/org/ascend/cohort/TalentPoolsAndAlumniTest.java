package org.ascend.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.completed;
import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alumni, local talent pools and regional networks (docs/cohorts.md): each shows only what the person agreed to
 * share, to whom the rules allow; a talent lead outside the local system sees nothing; searches are audited; a
 * withdrawal removes the person from the directory, every pool and every event at once.
 */
class TalentPoolsAndAlumniTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void poolsAndTheDirectoryShowOnlyWhatWasSharedToWhomTheRulesAllowAndAWithdrawalRemovesThePerson() {
        Http manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJE", "RLY", "RX1"));
        var sharing = cohort.participants().get(0);
        var directoryOnly = cohort.participants().get(1);
        var untracked = cohort.participants().get(2);
        cohort.participants().forEach(p -> completed(manager, p.id()));
        consent(sharing, true, true, true);
        consent(directoryOnly, true, false, false);
        String schemeId = manager.get("/api/cohorts/cohorts/" + cohort.cohortId()).text("schemeId");
        String directory = "/api/cohorts/schemes/" + schemeId + "/alumni-directory";

        assertThat(untracked.applicant().get("/api/cohorts/me/alumni").body().findValuesAsString("schemeId")).containsExactly(schemeId);
        assertThat(untracked.applicant().get(directory).body().findValuesAsString("familyName"))
                .as("another alumnus sees those who opted in").hasSize(2);
        assertThat(asNewApplicant().get(directory).status()).as("not an alumnus of the scheme").isEqualTo(404);

        String name = "Staffordshire and Stoke-on-Trent ICS " + UUID.randomUUID();
        assertThat(as("regional-lead").post("/api/cohorts/local-systems", system(name)).status())
                .as("a regional lead of another region").isEqualTo(403);
        var created = manager.post("/api/cohorts/local-systems", system(name));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String systemId = created.text("id");
        String pool = "/api/cohorts/local-systems/" + systemId + "/talent-pool";
        Map<String, Object> readyNow = Map.of("readiness", "READY_NOW", "roleFamilies", List.of("DIRECTOR_OF_WORKFORCE"));

        assertThat(manager.put(pool + "/" + sharing.id(), readyNow).status()).isEqualTo(200);
        assertThat(manager.put(pool + "/" + directoryOnly.id(), readyNow).status()).as("did not share with pools").isEqualTo(409);
        assertThat(manager.put(pool + "/" + untracked.id(), readyNow).status()).as("no consent").isEqualTo(409);

        Http member = talentLead("RJE");
        JsonNode found = member.get(pool + "?readiness=READY_NOW").body();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("email").asString()).isEqualTo("sam.patel@nhs.example");
        assertThat(member.get(pool + "?readiness=READY_IN_1_TO_2_YEARS").body()).isEmpty();
        assertThat(as("platform-admin").get("/api/cohorts/audit?actor=talent-lead").body().findValuesAsString("resource"))
                .as("each search audited with what was looked for").contains(pool + "?readiness=READY_NOW");

        Http outsider = talentLead("RX9");
        assertThat(outsider.get("/api/cohorts/local-systems").body()).as("an outsider sees no system").isEmpty();
        assertThat(outsider.get(pool).status()).isEqualTo(404);
        String entryId = found.get(0).path("entryId").asString();
        Map<String, Object> vacancy = Map.of("vacancy", "Director of People, University Hospitals of North Midlands",
                "roleFamily", "DIRECTOR_OF_WORKFORCE");
        assertThat(outsider.post("/api/cohorts/talent-pool-entries/" + entryId + "/interest", vacancy).status()).isEqualTo(404);
        assertThat(member.post("/api/cohorts/talent-pool-entries/" + entryId + "/interest", vacancy).status()).isEqualTo(201);
        JsonNode mine = sharing.applicant().get("/api/cohorts/me/talent-pools").body();
        assertThat(mine.get(0).path("interest").get(0).path("organisationCode").asString()).as("the person sees who").isEqualTo("RJE");

        consent(sharing, true, true, false);
        assertThat(member.get(pool).body().get(0).path("email").isNull()).as("email no longer shared").isTrue();

        assertThat(sharing.applicant().send("DELETE", "/api/cohorts/participants/" + sharing.id() + "/career-consent", Map.of())
                .status()).isEqualTo(200);
        assertThat(member.get(pool).body()).as("gone from the pool").isEmpty();
        assertThat(untracked.applicant().get(directory).body().findValuesAsString("familyName")).as("and the directory").hasSize(1);
        assertThat(sharing.applicant().get("/api/cohorts/me/talent-pools").body()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM talent_pool_entry WHERE participant_id = :p")
                .param("p", UUID.fromString(sharing.id())).query(Long.class).single()).isZero();
    }

    @Test
    void networksRecordEventsWithCountsAndLinkOnlyConsentingAttendees() {
        Http manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJE", "RLY"));
        var tracked = cohort.participants().get(0);
        var untracked = cohort.participants().get(1);
        consent(tracked, false, false, false);

        assertThat(as("regional-lead").post("/api/cohorts/networks", Map.of("name", "Midlands", "regionCode", "Y60")).status())
                .as("not their region").isEqualTo(403);
        String networkId = manager.post("/api/cohorts/networks", Map.of("name", "Midlands HR Directors " + UUID.randomUUID(),
                "regionCode", "Y60")).text("id");
        assertThat(as("regional-lead").get("/api/cohorts/networks/" + networkId + "/events").status()).isEqualTo(404);
        var badEvent = manager.post("/api/cohorts/networks/" + networkId + "/events", Map.of("heldOn", "2018-11-14",
                "kind", "PARTY", "topic", "x", "attendance", Map.of("ACUTE_TRUST", 3)));
        assertThat(badEvent.status()).isEqualTo(400);
        var event = manager.post("/api/cohorts/networks/" + networkId + "/events", Map.of("heldOn", "2018-11-14",
                "kind", "MASTERCLASS", "topic", "Workforce planning with the ICS", "attendance",
                Map.of("ACUTE_TRUST", 14, "MENTAL_HEALTH_TRUST", 5, "INTEGRATED_CARE_BOARD", 3)));
        assertThat(event.status()).as(event.body().toString()).isEqualTo(201);
        String eventId = event.text("id");

        String attendees = "/api/cohorts/network-events/" + eventId + "/attendees";
        assertThat(manager.put(attendees, Map.of("participantIds", List.of(tracked.id(), untracked.id()))).status())
                .as("one has not consented: nothing linked").isEqualTo(409);
        assertThat(manager.put(attendees, Map.of("participantIds", List.of(tracked.id()))).text("linkedParticipants")).isEqualTo("1");

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.NETWORK)) {
            var seen = probe.pollUntil(records -> records.stream().anyMatch(r -> eventId.equals(r.key())), Duration.ofSeconds(30));
            var recorded = seen.stream().filter(r -> eventId.equals(r.key())).findFirst().orElseThrow();
            assertThat(EventContracts.validate("org.ascend.cohort.network-event-recorded.v1", recorded.value())).isEmpty();
            assertThat(new String(recorded.value())).contains("\"financialYear\":\"2018/19\"", "\"totalAttendance\":22")
                    .doesNotContain("Workforce planning");
        }

        tracked.applicant().send("DELETE", "/api/cohorts/participants/" + tracked.id() + "/career-consent", Map.of());
        JsonNode events = manager.get("/api/cohorts/networks/" + networkId + "/events").body();
        assertThat(events.get(0).path("linkedParticipants").asInt()).as("the withdrawn person is unlinked").isZero();
        assertThat(events.get(0).path("attendance").path("ACUTE_TRUST").asInt()).as("the counts stay").isEqualTo(14);
        assertThat(LocalDate.parse(events.get(0).path("heldOn").asString())).isEqualTo(LocalDate.of(2018, 11, 14));
    }

    private Http talentLead(String organisation) {
        return anonymous.withToken(TestIdentity.token("talent-lead", claims -> claims.subject("talent-lead")
                .claim("organisation", organisation).claim("email", "talent@" + organisation.toLowerCase() + ".nhs.example")));
    }

    private static Map<String, Object> system(String name) {
        return Map.of("name", name, "regionCode", "Y60", "memberOrganisations", List.of("QNC", "RJE", "RLY", "R1E"));
    }

    private static void consent(CohortTestSupport.EnrolledParticipant p, boolean directory, boolean pool, boolean email) {
        var given = p.applicant().put("/api/cohorts/participants/" + p.id() + "/career-consent", Map.of("trackForYears", 3,
                "shareInAlumniDirectory", directory, "shareInTalentPool", pool, "shareEmailWithTalentLeads", email));
        assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
    }
}
