package org.ascend.recruitment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.assertj.core.api.Assertions.assertThat;

/** Schemes with positive action and further rules; intakes with questions fixed once open. */
class SchemesAndIntakesTest extends ServiceIntegrationTest {

    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("id", "motivation", "text", "Why now?", "type", "FREE_TEXT", "wordLimit", 5, "required", true),
            Map.of("id", "sector", "text", "Main sector", "type", "SINGLE_CHOICE", "options", List.of("Acute", "Community"),
                    "required", true),
            Map.of("id", "interests", "text", "Interests", "type", "MULTIPLE_CHOICE",
                    "options", List.of("Finance", "Digital", "People"), "required", false));

    @Test
    void aTargetedSchemeNeedsItsCharacteristicAndWrittenJustification() {
        var missing = manager().post("/api/recruitment/schemes", Map.of("name", "Stepping Up", "ownerBody", "NHS England",
                "targetCohortSize", 20, "positiveAction", Map.of("basis", "S158_TARGETED", "characteristic", "RACE")));
        assertProblem(missing, 400, "validation");
        assertThat(missing.body().path("errors").toString()).contains("justification");

        var created = manager().post("/api/recruitment/schemes", steppingUp());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("positiveAction").path("basis").asString()).isEqualTo("S158_TARGETED");
        assertThat(created.body().path("retentionMonths").asInt()).isEqualTo(6);
    }

    @Test
    void screeningChecksProfessionOrganisationTypeAndTheTargetedGroupConfirmation() {
        String intakeId = openIntakeOf(steppingUp(), List.of());
        Map<String, Object> unconfirmed = applicant();
        unconfirmed.put("profession", "FINANCE");
        var screened = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", unconfirmed);
        assertThat(screened.status()).isEqualTo(201);
        assertThat(screened.body().path("eligible").asBoolean()).isFalse();
        assertThat(screened.body().path("eligibilityReasons").toString())
                .contains("PROFESSION_NOT_ELIGIBLE", "POSITIVE_ACTION_GROUP_NOT_CONFIRMED");

        Map<String, Object> confirmed = applicant();
        confirmed.put("confirmsTargetedGroup", true);
        var eligible = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", confirmed);
        assertThat(eligible.body().path("eligible").asBoolean()).as(eligible.body().toString()).isTrue();
    }

    @Test
    void questionsChangeWhileDraftAndAreFixedOnceOpen() {
        String schemeId = manager().post("/api/recruitment/schemes", Map.of("name", "ADoW", "ownerBody", "NHS England",
                "targetCohortSize", 15)).text("id");
        String intakeId = intake(schemeId, List.of());
        var replaced = manager().put("/api/recruitment/intakes/" + intakeId + "/questions", Map.of("questions", QUESTIONS));
        assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
        assertThat(replaced.body().path("questions").size()).isEqualTo(3);

        assertProblem(manager().put("/api/recruitment/intakes/" + intakeId + "/questions", Map.of("questions", List.of(
                Map.of("id", "a", "text", "Choose", "type", "SINGLE_CHOICE", "options", List.of("only one"))))), 400, "validation");
        assertProblem(manager().put("/api/recruitment/intakes/" + intakeId + "/questions", Map.of("questions", List.of(
                Map.of("id", "a", "text", "One", "type", "FREE_TEXT", "wordLimit", 10),
                Map.of("id", "a", "text", "Two", "type", "FREE_TEXT", "wordLimit", 10)))), 400, "validation");

        manager().post("/api/recruitment/intakes/" + intakeId + "/open", "");
        assertProblem(manager().put("/api/recruitment/intakes/" + intakeId + "/questions", Map.of("questions", QUESTIONS)),
                409, "questions-fixed");
        assertProblem(manager().post("/api/recruitment/intakes/" + intakeId + "/archive", ""), 409, "intake-status");
        manager().post("/api/recruitment/intakes/" + intakeId + "/close", "");
        var archived = manager().post("/api/recruitment/intakes/" + intakeId + "/archive", "");
        assertThat(archived.body().path("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void answersAreCheckedAgainstTheQuestionsAndABadOneStoresNothing() {
        String intakeId = openIntakeOf(Map.of("name", "HPS", "ownerBody", "NHS England", "targetCohortSize", 20), QUESTIONS);
        Http applicant = asNewApplicant();
        Map<String, Object> form = applicant();
        form.put("answers", Map.of("motivation", "far too many words for this limit", "sector", "Mental health",
                "interests", List.of("Finance", "Finance"), "unknown", "x"));
        var refused = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form);
        assertProblem(refused, 400, "validation");
        assertThat(refused.body().path("errors").toString()).contains("answers.motivation", "the limit is 5",
                "answers.sector", "answers.interests", "answers.unknown");
        assertThat(applicant.get("/api/recruitment/intakes/" + intakeId + "/applications").status()).isEqualTo(403);
        var listed = manager().get("/api/recruitment/intakes/" + intakeId + "/applications");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("total").asLong()).isZero();

        form.put("answers", Map.of("motivation", "Ready to lead workforce", "sector", "Acute"));
        var accepted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(201);
        assertThat(accepted.body().path("answers").path("sector").asString()).isEqualTo("Acute");
    }

    @Test
    void applicantsFindOpenIntakes() {
        String intakeId = openIntakeOf(Map.of("name", "Findable", "ownerBody", "NHS England", "targetCohortSize", 5), List.of());
        var open = as("applicant").get("/api/recruitment/intakes?status=OPEN");
        assertThat(open.body().findValuesAsString("id")).contains(intakeId);
        assertProblem(as("applicant").get("/api/recruitment/intakes?status=SOMETIMES"), 400, "validation");
    }

    static Map<String, Object> steppingUp() {
        return Map.of("name", "Stepping Up", "ownerBody", "NHS Leadership Academy", "targetCohortSize", 20,
                "eligibility", Map.of("professions", List.of("HR_AND_ORGANISATIONAL_DEVELOPMENT", "NURSING_AND_MIDWIFERY"),
                        "organisationTypes", List.of("ACUTE_TRUST", "COMMUNITY_TRUST")),
                "positiveAction", Map.of("basis", "S158_TARGETED", "characteristic", "RACE", "justification",
                        "Black, Asian and minority ethnic staff are under-represented in senior NHS roles (WRES data)."));
    }

    private String openIntakeOf(Map<String, Object> scheme, List<Map<String, Object>> questions) {
        String intakeId = intake(manager().post("/api/recruitment/schemes", scheme).text("id"), questions);
        assertThat(manager().post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        return intakeId;
    }

    private String intake(String schemeId, List<Map<String, Object>> questions) {
        Instant now = Instant.now();
        var response = manager().post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Cohort 1",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "closesAt", now.plus(1, ChronoUnit.DAYS).toString(), "questions", questions));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }

    private Http manager() {
        return as("programme-manager");
    }
}
