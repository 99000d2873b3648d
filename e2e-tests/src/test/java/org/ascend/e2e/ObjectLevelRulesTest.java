package org.ascend.e2e;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation suite's object-level rules of cohorts and careers (docs/cohorts.md), through the gateway on the
 * demo's data: the role allows the endpoint, but only for the people (or local systems) the caller has a part in. A
 * refusal never says whether the other exists: 404, or 403 where the role may never see that kind of record. A
 * refused write changes nothing (read back from cohort's database, as its operator can).
 */
@ExtendWith(LocalPlatform.Running.class)
class ObjectLevelRulesTest {

    private static final String DEMO_SPONSOR = "sponsor@demo.ascend.example";
    private static final List<String> A_PERSONS_RECORDS = List.of("", "/plan", "/career-checkins", "/history", "/adjustments",
            "/career-records", "/career-consent");

    private final Http gateway = new Http(LocalPlatform.GATEWAY);
    private final Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));

    @Test
    void aCoachSeesThePlansOfTheParticipantsMatchedToThemOnly() {
        Http coach = gateway.withToken(LocalPlatform.token("coach"));
        JsonNode coachees = coach.get("/api/cohorts/me/coachees").body();
        assertThat(coachees).as("the demo coach's participants").isNotEmpty();
        String mine = coachees.get(0).path("participantId").asString();
        String notMine = otherParticipantOfTheCohort(coachees.get(0).path("cohortId").asString(),
                new HashSet<>(coachees.findValuesAsString("participantId")));

        assertThat(coach.get("/api/cohorts/participants/" + mine + "/plan").status()).isEqualTo(200);
        assertThat(coach.get("/api/cohorts/participants/" + notMine + "/plan").status()).as("not matched to them").isEqualTo(404);
        assertThat(coach.get("/api/cohorts/participants/" + mine).status()).as("a coach sees the plan, not the record")
                .isEqualTo(403);
    }

    @Test
    void aParticipantSeesTheirOwnRecordPlanAndCheckInsOnly() throws Exception {
        Http participant = null;
        JsonNode own = null;
        for (int n = 0; n < 400 && own == null; n++) {
            Http candidate = gateway.withToken(ApplicantTokens.token("demo-applicant-" + n));
            JsonNode participations = candidate.get("/api/cohorts/me/participations").body();
            if (participations.isArray() && !participations.isEmpty()) {
                participant = candidate;
                own = participations.get(0);
            }
        }
        assertThat(own).as("a demo applicant who is a participant").isNotNull();
        String id = own.path("id").asString();
        String other = otherParticipantOfTheCohort(own.path("cohortId").asString(), Set.of(id));

        assertThat(participant.get("/api/cohorts/participants/" + id + "/plan").status()).isEqualTo(200);
        for (String path : A_PERSONS_RECORDS) {
            assertThat(participant.get("/api/cohorts/participants/" + other + path).status())
                    .as("another participant's %s", path.isEmpty() ? "record" : path).isIn(403, 404);
        }

        // Writing another's career: a move, their consent, the answer to their check-in. None changes anything.
        List<String> careerOfOther = careerOf(other);
        Map<String, Object> move = Map.of("role", Map.of("organisationCode", "RJE", "organisationType", "ACUTE_TRUST",
                "roleTitle", "Director of People", "roleFamily", "DIRECTOR_OF_WORKFORCE", "band", "VSM",
                "startsOn", "2026-01-05", "boardLevel", true, "interim", false));
        assertThat(participant.post("/api/cohorts/participants/" + other + "/career-records", move).status())
                .as("a move recorded for another").isIn(403, 404);
        assertThat(participant.put("/api/cohorts/participants/" + other + "/career-consent", Map.of("trackForYears", 3,
                "shareInAlumniDirectory", true, "shareInTalentPool", true)).status()).as("consent given for another").isIn(403, 404);
        List<String> othersCheckin = ReadModels.query("cohort", "SELECT id FROM career_checkin WHERE participant_id <> ?"
                + " AND answered_at IS NULL ORDER BY id LIMIT 1", UUID.fromString(id));
        if (!othersCheckin.isEmpty()) { // the demo's alumni have check-ins open; a fresh platform's job may not have run
            assertThat(participant.post("/api/cohorts/career-checkins/" + othersCheckin.get(0) + "/answer",
                    Map.of("moved", false)).status()).as("another's check-in answered").isEqualTo(404);
            assertThat(ReadModels.query("cohort", "SELECT answered_at FROM career_checkin WHERE id = ?",
                    UUID.fromString(othersCheckin.get(0)))).containsOnlyNulls();
        }
        assertThat(careerOf(other)).as("the other participant's career records and consent, unchanged").isEqualTo(careerOfOther);
    }

    @Test
    void aSponsorSeesThePlansOfThoseWhoNamedThemOnly() {
        Http sponsor = gateway.withToken(LocalPlatform.token("sponsor"));
        List<String> theirs = ReadModels.query("cohort", "SELECT id FROM participant WHERE sponsor_email = ? ORDER BY id",
                DEMO_SPONSOR);
        assertThat(theirs).as("demo participants who named the demo sponsor on their application").isNotEmpty();
        String unsigned = "FROM plan_milestone m JOIN participant p ON p.id = m.participant_id"
                + " WHERE p.sponsor_email IS DISTINCT FROM ? AND m.signed_off_at IS NULL ORDER BY m.id LIMIT 1";
        String notTheirs = ReadModels.query("cohort", "SELECT m.participant_id " + unsigned, DEMO_SPONSOR).get(0);
        String othersMilestone = ReadModels.query("cohort", "SELECT m.id " + unsigned, DEMO_SPONSOR).get(0);

        assertThat(sponsor.get("/api/cohorts/participants/" + theirs.get(0) + "/plan").status()).isEqualTo(200);
        assertThat(sponsor.get("/api/cohorts/participants/" + notTheirs + "/plan").status())
                .as("the plan of someone who did not name them").isEqualTo(404);
        assertThat(sponsor.post("/api/cohorts/milestones/" + othersMilestone + "/sign-off", "").status())
                .as("signing off the milestone of someone who did not name them").isEqualTo(404);
        assertThat(ReadModels.query("cohort", "SELECT signed_off_at FROM plan_milestone WHERE id = ?",
                UUID.fromString(othersMilestone))).containsOnlyNulls();
        for (String path : A_PERSONS_RECORDS.stream().filter(path -> !path.equals("/plan")).toList()) {
            assertThat(sponsor.get("/api/cohorts/participants/" + theirs.get(0) + path).status())
                    .as("a sponsor sees the plan only, not %s", path.isEmpty() ? "the record" : path).isIn(403, 404);
        }
    }

    @Test
    void aTalentLeadSeesOnlyTheLocalSystemsTheirOrganisationBelongsTo() {
        Http talentLead = gateway.withToken(LocalPlatform.token("talent-lead")); // UHNM (RJE)
        String sharing = ReadModels.query("cohort", "SELECT participant_id FROM career_consent WHERE status = 'GIVEN'"
                + " AND share_in_talent_pool ORDER BY participant_id LIMIT 1").get(0);
        // Two systems, made here so other tests' changes to the demo's pools do not matter: one UHNM belongs to, one
        // not, with the same person, who shares with talent pools, in both pools.
        String member = placement(List.of("RJE", "RRE"), sharing).text("localSystemId");
        var placed = placement(List.of("RR8", "RAE"), sharing);
        String other = placed.text("localSystemId");
        assertThat(talentLead.get("/api/cohorts/local-systems/" + member + "/talent-pool").body())
                .as("the pool of a system their organisation belongs to").isNotEmpty();

        assertThat(talentLead.get("/api/cohorts/local-systems").body().findValuesAsString("id")).doesNotContain(other);
        assertThat(talentLead.get("/api/cohorts/local-systems/" + other).status()).isEqualTo(404);
        assertThat(talentLead.get("/api/cohorts/local-systems/" + other + "/talent-pool").status()).isEqualTo(404);
        assertThat(talentLead.post("/api/cohorts/talent-pool-entries/" + placed.text("id") + "/interest", Map.of(
                "vacancy", "Director of People", "roleFamily", "DIRECTOR_OF_WORKFORCE")).status())
                .as("interest in someone in another system's pool").isEqualTo(404);
        assertThat(ReadModels.query("cohort", "SELECT count(*) FROM talent_interest WHERE entry_id = ?",
                UUID.fromString(placed.text("id")))).containsExactly("0");
        for (String path : A_PERSONS_RECORDS) {
            assertThat(talentLead.get("/api/cohorts/participants/" + sharing + path).status())
                    .as("a talent lead sees a pool's summary, not %s", path.isEmpty() ? "the record" : path).isIn(403, 404);
        }
    }

    @Test
    void theAlumniDirectoryIsForTheSchemesAlumniOnly() {
        String alumnus = ReadModels.query("cohort", "SELECT id FROM participant WHERE status = 'COMPLETED'"
                + " AND anonymised_at IS NULL ORDER BY id LIMIT 1").get(0);
        String cohort = ReadModels.query("cohort", "SELECT cohort_id FROM participant WHERE id = ?", UUID.fromString(alumnus)).get(0);
        String directory = "/api/cohorts/schemes/" + manager.get("/api/cohorts/cohorts/" + cohort).text("schemeId")
                + "/alumni-directory";
        assertThat(manager.get(directory).status()).isEqualTo(200);
        for (String outsider : List.of("applicant", "talent-lead", "sponsor", "coach", "regional-lead")) {
            assertThat(gateway.withToken(LocalPlatform.token(outsider)).get(directory).status())
                    .as("%s, not an alumnus of the scheme", outsider).isIn(403, 404);
        }
    }

    /** {@code person} placed in the pool of a new local system (North East and Yorkshire) with these members. */
    private Http.Response placement(List<String> members, String person) {
        var system = manager.post("/api/cohorts/local-systems", Map.of("name", "Object-level rules ICS " + UUID.randomUUID(),
                "regionCode", "Y63", "memberOrganisations", members));
        assertThat(system.status()).as(system.body().toString()).isEqualTo(201);
        var placed = manager.put("/api/cohorts/local-systems/" + system.text("id") + "/talent-pool/" + person, Map.of(
                "readiness", "READY_NOW", "roleFamilies", List.of("DIRECTOR_OF_WORKFORCE")));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(200);
        return placed;
    }

    /** What a participant's career holds: how many records, and their consent and its version. */
    private static List<String> careerOf(String participantId) {
        UUID id = UUID.fromString(participantId);
        return ReadModels.query("cohort", "SELECT (SELECT count(*) FROM career_record WHERE participant_id = ?) || ' records, consent '"
                + " || coalesce((SELECT status || ' v' || version FROM career_consent WHERE participant_id = ?), 'none')", id, id);
    }

    private String otherParticipantOfTheCohort(String cohortId, Set<String> exclude) {
        JsonNode participants = manager.get("/api/cohorts/cohorts/" + cohortId + "/participants").body();
        return participants.findValuesAsString("id").stream().filter(id -> !exclude.contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the cohort has nobody else: " + participants));
    }
}
