package org.ascend.recruitment;

import java.util.List;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** The programme team's list, search and export, and the anonymised pack for assessment. */
class ProgrammeTeamViewsTest extends ServiceIntegrationTest {

    @Test
    void applicationsAreFilteredSortedAndPaged() {
        String intakeId = openIntake(as("programme-manager"));
        submit(intakeId, "Zed", "Y56", "8a");
        submit(intakeId, "Adams", "Y63", "8c");
        submit(intakeId, "Moss", "Y63", "8d");
        String list = "/api/recruitment/intakes/" + intakeId + "/applications";

        var byName = as("programme-manager").get(list + "?sort=familyName&direction=asc&size=2");
        assertThat(byName.body().path("total").asLong()).isEqualTo(3);
        assertThat(byName.body().path("items").findValuesAsString("familyName")).containsExactly("Adams", "Moss");
        var second = as("programme-manager").get(list + "?sort=familyName&direction=asc&size=2&page=1");
        assertThat(second.body().path("items").findValuesAsString("familyName")).containsExactly("Zed");

        var north = as("programme-manager").get(list + "?region=Y63&band=8d");
        assertThat(north.body().path("items").findValuesAsString("familyName")).containsExactly("Moss");
        assertThat(as("programme-manager").get(list + "?q=ada").body().path("items").findValuesAsString("familyName"))
                .containsExactly("Adams");
        assertThat(as("programme-manager").get(list + "?eligible=true").body().path("total").asLong()).isEqualTo(3);

        assertProblem(as("programme-manager").get(list + "?sort=password"), 400, "validation");
        assertProblem(as("programme-manager").get(list + "?region=Y99"), 400, "validation");
        assertProblem(as("programme-manager").get(list + "?size=5000"), 400, "validation");
        assertProblem(as("programme-manager").get(list + "?eligible=perhaps"), 400, "validation");
        for (String role : List.of("applicant", "assessor", "sponsor", "regional-lead", "analyst")) {
            assertThat(as(role).get(list).status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void theCsvExportHasTheApplicationsWithoutEqualityDataAndDefusesFormulas() {
        String intakeId = openIntake(as("programme-manager"));
        Http applicant = asNewApplicant();
        String applicationId = submitAs(applicant, intakeId, "=HYPERLINK(\"evil\")", "Y58", "7");
        assertThat(applicant.put("/api/recruitment/applications/" + applicationId + "/equality",
                Map.of("ethnicCategory", "M", "sexualOrientation", "BISEXUAL")).status()).isEqualTo(200);

        var csv = as("programme-manager").get("/api/recruitment/intakes/" + intakeId + "/applications/export");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        String text = csv.body().asString();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("applicationId,status,submittedAt,givenName");
        assertThat(text).contains(applicationId, "'=HYPERLINK").doesNotContain("BISEXUAL", "ethnic", "equality");
    }

    @Test
    void thePackCarriesAnswersAndNothingThatIdentifiesTheApplicant() {
        String intakeId = openIntake(as("programme-manager"));
        String applicationId = submit(intakeId, "Okafor", "Y63", "8c");
        String pack = "/api/recruitment/applications/" + applicationId + "/pack";

        var served = anonymous.withToken(TestIdentity.token("service")).get(pack);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body().path("band").asString()).isEqualTo("8c");
        assertThat(served.body().toString()).doesNotContain("Okafor", "Amara", "@nhs.example", "RR8", "ACUTE_TRUST",
                "Deputy Director", "Email", "givenName", "organisation");
        for (String role : List.of("assessor", "moderator", "programme-manager", "applicant", "sponsor")) {
            assertThat(as(role).get(pack).status()).as(role).isEqualTo(403);
        }
    }

    private String submit(String intakeId, String familyName, String region, String band) {
        return submitAs(asNewApplicant(), intakeId, familyName, region, band);
    }

    private String submitAs(Http applicant, String intakeId, String familyName, String region, String band) {
        Map<String, Object> form = applicant();
        form.put("familyName", familyName);
        form.put("regionCode", region);
        form.put("band", band);
        var response = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }
}
