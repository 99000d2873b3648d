package org.ascend.recruitment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the programme-team steps the recruitment tests share. */
final class RecruitmentTestSupport {

    private RecruitmentTestSupport() {
    }

    static String createScheme(Http http) {
        var response = http.post("/api/recruitment/schemes",
                Map.of("name", "Aspirant Director of Workforce", "ownerBody", "NHS England", "targetCohortSize", 15));
        assertThat(response.status()).isEqualTo(201);
        return response.text("id");
    }

    static String createIntake(Http http, String schemeId, Instant opensAt, Instant closesAt) {
        var response = http.post("/api/recruitment/schemes/" + schemeId + "/intakes",
                Map.of("name", "Cohort 4", "places", 15, "opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }

    /** A scheme with an intake open from an hour ago until tomorrow. */
    static String openIntake(Http http) {
        Instant now = Instant.now();
        String intakeId = createIntake(http, createScheme(http), now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS));
        assertThat(http.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        return intakeId;
    }

    static Map<String, Object> applicant() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantEmail", "applicant-" + UUID.randomUUID() + "@nhs.example");
        body.put("givenName", "Amara");
        body.put("familyName", "Okafor");
        body.put("regionCode", "Y63");
        body.put("band", "8c");
        body.put("organisationCode", "RR8");
        body.put("organisationType", "ACUTE_TRUST");
        body.put("profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT");
        body.put("currentRole", "Deputy Director of People");
        return body;
    }
}
