package org.ascend.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, as one explicit table, checked through the gateway for every role and for no
 * token at all. A role not listed for an endpoint must get 403; no token gets 401. The test fails
 * when a service publishes an endpoint (in its OpenAPI document) that has no row here.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(1) // before WhatEachRoleSeesTest puts the demo assessors in the pool: the rows expect "not in the pool" (404)
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES = List.of("applicant", "sponsor", "assessor", "moderator",
            "programme-manager", "regional-lead", "analyst", "platform-admin", "coach", "talent-lead");
    private static final Map<String, Integer> SERVICE_PORTS = Map.of("recruitment", 8081, "assessment", 8082,
            "cohort", 8083, "reporting", 8084);

    /** One endpoint: the request made, the status an allowed role gets (ids are unknown, so often 404), who is allowed. */
    record Row(String method, String template, String path, Object body, int allowedStatus, Set<String> allowed) {

        String key() {
            return method + " " + template;
        }
    }

    private static final String ID = UUID.randomUUID().toString();
    private static final Map<String, Object> SCHEME = Map.of("name", "Matrix scheme", "ownerBody", "NHS England", "targetCohortSize", 5);
    private static final Map<String, Object> INTAKE = Map.of("name", "Matrix intake", "places", 5,
            "opensAt", "2030-01-01T00:00:00Z", "closesAt", "2030-02-01T00:00:00Z");
    private static final Map<String, Object> APPLICATION = Map.of("applicantEmail", "matrix@nhs.example",
            "givenName", "Matrix", "familyName", "Test", "regionCode", "Y63", "band", "8a",
            "organisationCode", "RR8", "organisationType", "ACUTE_TRUST", "profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT",
            "currentRole", "Head of People");

    private static final Map<String, Object> ROLE = Map.of("organisationCode", "RJE", "organisationType", "ACUTE_TRUST",
            "roleTitle", "Director of People", "roleFamily", "DIRECTOR_OF_WORKFORCE", "band", "VSM", "startsOn", "2027-01-01",
            "boardLevel", true, "interim", false);
    private static final Map<String, Object> COHORT = Map.of("name", "Matrix cohort", "startsOn", "2027-01-01",
            "endsOn", "2027-12-31", "scope", Map.of("kind", "NATIONAL"));
    private static final Map<String, Object> FRAMEWORK = Map.of("name", "Matrix framework " + ID,
            "scale", Map.of("min", 1, "max", 3), "criteria", List.of(Map.of("id", "vision", "name", "Vision",
                    "weightPercent", 100, "anchors", Map.of("1", "None", "2", "Some", "3", "Strong"))));
    private static final Map<String, Object> STAGES = Map.of("stages", List.of(Map.of("stage", "SIFT", "frameworkId", ID,
            "assessorsPerApplication", 2, "tolerance", 1, "passRule", "MANUAL")));

    static final List<Row> MATRIX = List.of(
            row("POST", "/api/recruitment/schemes", "/api/recruitment/schemes", SCHEME, 201, "programme-manager"),
            row("GET", "/api/recruitment/schemes/{id}", "/api/recruitment/schemes/" + ID, null, 404, ROLES.toArray(String[]::new)),
            row("POST", "/api/recruitment/schemes/{schemeId}/intakes", "/api/recruitment/schemes/" + ID + "/intakes", INTAKE, 404, "programme-manager"),
            row("GET", "/api/recruitment/intakes/{id}", "/api/recruitment/intakes/" + ID, null, 404, ROLES.toArray(String[]::new)),
            row("POST", "/api/recruitment/intakes/{id}/open", "/api/recruitment/intakes/" + ID + "/open", "", 404, "programme-manager"),
            row("POST", "/api/recruitment/intakes/{id}/close", "/api/recruitment/intakes/" + ID + "/close", "", 404, "programme-manager"),
            row("POST", "/api/recruitment/intakes/{intakeId}/applications", "/api/recruitment/intakes/" + ID + "/applications", APPLICATION, 404, "applicant"),
            row("POST", "/api/recruitment/applications/{id}/eligibility-override",
                    "/api/recruitment/applications/" + ID + "/eligibility-override",
                    Map.of("eligible", true, "reason", "Matrix test: evidence of acting-up seen"), 404, "programme-manager"),
            row("POST", "/api/recruitment/applications/{id}/withdraw", "/api/recruitment/applications/" + ID + "/withdraw", "", 404, "applicant"),
            row("GET", "/api/recruitment/applications/{id}", "/api/recruitment/applications/" + ID, null, 404, "applicant", "programme-manager"),
            row("PUT", "/api/recruitment/applications/{applicationId}/equality", "/api/recruitment/applications/" + ID + "/equality",
                    Map.of("ethnicCategory", "Z"), 404, "applicant"),
            row("GET", "/api/recruitment/applications/{applicationId}/equality", "/api/recruitment/applications/" + ID + "/equality",
                    null, 404, "applicant"),
            row("POST", "/api/recruitment/applications/{applicationId}/equality/objection",
                    "/api/recruitment/applications/" + ID + "/equality/objection", "", 404, "applicant"),
            row("GET", "/api/recruitment/schemes", "/api/recruitment/schemes", null, 200, ROLES.toArray(String[]::new)),
            row("GET", "/api/recruitment/intakes", "/api/recruitment/intakes?status=OPEN", null, 200, ROLES.toArray(String[]::new)),
            row("PUT", "/api/recruitment/intakes/{id}/questions", "/api/recruitment/intakes/" + ID + "/questions",
                    Map.of("questions", List.of()), 404, "programme-manager"),
            row("POST", "/api/recruitment/intakes/{id}/archive", "/api/recruitment/intakes/" + ID + "/archive", "", 404, "programme-manager"),
            row("PUT", "/api/recruitment/intakes/{intakeId}/draft", "/api/recruitment/intakes/" + ID + "/draft",
                    Map.of("givenName", "Matrix"), 404, "applicant"),
            row("GET", "/api/recruitment/intakes/{intakeId}/draft", "/api/recruitment/intakes/" + ID + "/draft", null, 404, "applicant"),
            row("DELETE", "/api/recruitment/intakes/{intakeId}/draft", "/api/recruitment/intakes/" + ID + "/draft", null, 404, "applicant"),
            row("POST", "/api/recruitment/intakes/{intakeId}/draft/submit", "/api/recruitment/intakes/" + ID + "/draft/submit", "", 404, "applicant"),
            row("GET", "/api/recruitment/intakes/{intakeId}/applications", "/api/recruitment/intakes/" + ID + "/applications",
                    null, 404, "programme-manager"),
            row("GET", "/api/recruitment/intakes/{intakeId}/applications/export",
                    "/api/recruitment/intakes/" + ID + "/applications/export", null, 404, "programme-manager"),
            row("GET", "/api/recruitment/applications/{id}/pack", "/api/recruitment/applications/" + ID + "/pack", null, 404),
            row("PUT", "/api/recruitment/applications/{applicationId}/adjustments", "/api/recruitment/applications/" + ID
                    + "/adjustments", Map.of("needs", "Step-free access"), 404, "applicant"),
            row("GET", "/api/recruitment/applications/{applicationId}/adjustments", "/api/recruitment/applications/" + ID
                    + "/adjustments", null, 404, "applicant", "programme-manager"),
            row("GET", "/api/recruitment/intakes/{intakeId}/adjustments", "/api/recruitment/intakes/" + ID + "/adjustments", null,
                    200, "programme-manager"),
            row("POST", "/api/recruitment/adjustments/{id}/arranged", "/api/recruitment/adjustments/" + ID + "/arranged",
                    Map.of("arranged", "Ground-floor room"), 404, "programme-manager"),
            row("GET", "/api/recruitment/sponsor/applications", "/api/recruitment/sponsor/applications", null, 200, "sponsor"),
            row("GET", "/api/recruitment/sponsor/applications/{id}", "/api/recruitment/sponsor/applications/" + ID, null, 404, "sponsor"),
            row("POST", "/api/recruitment/sponsor/applications/{id}/endorsement",
                    "/api/recruitment/sponsor/applications/" + ID + "/endorsement",
                    Map.of("decision", "ENDORSED", "comment", "Matrix test"), 404, "sponsor"),
            row("GET", "/api/recruitment/me/data", "/api/recruitment/me/data", null, 200, ROLES.toArray(String[]::new)),
            // Erasure is irreversible: the allowed role sends confirm=false and gets the validation problem.
            row("POST", "/api/recruitment/me/erasure", "/api/recruitment/me/erasure", Map.of("confirm", false), 400, "applicant"),
            row("POST", "/api/recruitment/applicants/{subject}/erasure", "/api/recruitment/applicants/" + ID + "/erasure",
                    Map.of("confirm", false, "requestReference", "MATRIX-1"), 400, "platform-admin"),
            row("POST", "/api/recruitment/retention/run", "/api/recruitment/retention/run", "", 200, "platform-admin"),
            row("GET", "/api/recruitment/audit", "/api/recruitment/audit", null, 200, "platform-admin"),
            row("GET", "/api/assessment/cases", "/api/assessment/cases?intakeId=" + ID, null, 200, "programme-manager"),
            row("GET", "/api/assessment/cases/{id}", "/api/assessment/cases/" + ID, null, 404, "programme-manager"),
            row("POST", "/api/assessment/frameworks", "/api/assessment/frameworks", FRAMEWORK, 201, "programme-manager"),
            row("GET", "/api/assessment/frameworks", "/api/assessment/frameworks", null, 200, "programme-manager", "assessor", "moderator"),
            row("GET", "/api/assessment/frameworks/{id}", "/api/assessment/frameworks/" + ID, null, 404,
                    "programme-manager", "assessor", "moderator"),
            row("PUT", "/api/assessment/frameworks/{id}", "/api/assessment/frameworks/" + ID, FRAMEWORK, 404, "programme-manager"),
            row("POST", "/api/assessment/frameworks/{id}/versions", "/api/assessment/frameworks/" + ID + "/versions", FRAMEWORK,
                    404, "programme-manager"),
            row("PUT", "/api/assessment/intakes/{intakeId}/stages", "/api/assessment/intakes/" + ID + "/stages", STAGES, 404,
                    "programme-manager"),
            row("GET", "/api/assessment/intakes/{intakeId}/stages", "/api/assessment/intakes/" + ID + "/stages", null, 200,
                    "programme-manager", "moderator"),
            row("POST", "/api/assessment/assessors", "/api/assessment/assessors",
                    Map.of("subject", "matrix-" + ID, "displayName", "Matrix Assessor", "organisationCode", "RX1"), 201,
                    "programme-manager"),
            row("GET", "/api/assessment/assessors", "/api/assessment/assessors", null, 200, "programme-manager"),
            row("GET", "/api/assessment/cases/awaiting-moderation", "/api/assessment/cases/awaiting-moderation", null, 200,
                    "programme-manager", "moderator"),
            row("GET", "/api/assessment/assessors/me", "/api/assessment/assessors/me", null, 404, "assessor", "moderator"),
            row("PUT", "/api/assessment/assessors/me/declaration", "/api/assessment/assessors/me/declaration",
                    Map.of("conflicts", List.of()), 404, "assessor", "moderator"),
            row("POST", "/api/assessment/intakes/{intakeId}/stages/{stage}/allocation",
                    "/api/assessment/intakes/" + ID + "/stages/SIFT/allocation", "", 409, "programme-manager"),
            row("GET", "/api/assessment/intakes/{intakeId}/allocations", "/api/assessment/intakes/" + ID + "/allocations", null,
                    200, "programme-manager"),
            row("GET", "/api/assessment/allocations/mine", "/api/assessment/allocations/mine", null, 200, "assessor", "moderator"),
            row("POST", "/api/assessment/allocations/{id}/recusal", "/api/assessment/allocations/" + ID + "/recusal",
                    Map.of("reason", "Matrix test recusal"), 404, "assessor", "moderator"),
            row("PUT", "/api/assessment/allocations/{id}/scores", "/api/assessment/allocations/" + ID + "/scores",
                    Map.of("scores", Map.of("vision", Map.of("score", 2, "evidence", "Matrix"))), 404, "assessor", "moderator"),
            row("POST", "/api/assessment/allocations/{id}/scores/submit", "/api/assessment/allocations/" + ID + "/scores/submit",
                    "", 404, "assessor", "moderator"),
            row("GET", "/api/assessment/allocations/{id}/scores", "/api/assessment/allocations/" + ID + "/scores", null, 404,
                    "assessor", "moderator"),
            row("GET", "/api/assessment/cases/{id}/scores", "/api/assessment/cases/" + ID + "/scores", null, 404,
                    "programme-manager", "moderator"),
            row("POST", "/api/assessment/cases/{id}/moderation", "/api/assessment/cases/" + ID + "/moderation",
                    Map.of("agreedScores", Map.of("vision", 2), "rationale", "Matrix test: a rationale long enough to be "
                            + "accepted by validation."), 404, "moderator"),
            row("GET", "/api/assessment/cases/{id}/moderation", "/api/assessment/cases/" + ID + "/moderation", null, 404,
                    "programme-manager", "moderator"),
            row("GET", "/api/assessment/intakes/{intakeId}/stages/{stage}/ranking",
                    "/api/assessment/intakes/" + ID + "/stages/SIFT/ranking", null, 404, "programme-manager"),
            row("POST", "/api/assessment/cases/{id}/decision", "/api/assessment/cases/" + ID + "/decision",
                    Map.of("decision", "PROGRESS"), 404, "programme-manager"),
            row("GET", "/api/assessment/intakes/{intakeId}/stages/{stage}/reliability",
                    "/api/assessment/intakes/" + ID + "/stages/SIFT/reliability", null, 404, "programme-manager"),
            row("GET", "/api/assessment/allocations/{id}/pack", "/api/assessment/allocations/" + ID + "/pack", null, 404,
                    "assessor", "moderator"),
            row("GET", "/api/assessment/audit", "/api/assessment/audit", null, 200, "platform-admin"),
            row("GET", "/api/cohorts/intakes/{intakeId}", "/api/cohorts/intakes/" + ID, null, 404, "programme-manager"),
            row("GET", "/api/cohorts/intakes/{intakeId}/rank-order", "/api/cohorts/intakes/" + ID + "/rank-order", null, 404,
                    "programme-manager"),
            row("POST", "/api/cohorts/intakes/{intakeId}/cohorts", "/api/cohorts/intakes/" + ID + "/cohorts", COHORT, 404,
                    "programme-manager"),
            row("GET", "/api/cohorts/cohorts", "/api/cohorts/cohorts", null, 200, "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/cohorts/{id}", "/api/cohorts/cohorts/" + ID, null, 404, "programme-manager", "regional-lead"),
            row("POST", "/api/cohorts/cohorts/{id}/status", "/api/cohorts/cohorts/" + ID + "/status", Map.of("status", "RUNNING"),
                    404, "programme-manager"),
            row("POST", "/api/cohorts/cohorts/{cohortId}/offers", "/api/cohorts/cohorts/" + ID + "/offers",
                    Map.of("respondWithinDays", 7), 404, "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/offers", "/api/cohorts/cohorts/" + ID + "/offers", null, 404, "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/places", "/api/cohorts/cohorts/" + ID + "/places", null, 404,
                    "programme-manager", "regional-lead"),
            row("PUT", "/api/cohorts/cohorts/{cohortId}/capacity", "/api/cohorts/cohorts/" + ID + "/capacity", Map.of("capacity", 3),
                    404, "programme-manager"),
            row("GET", "/api/cohorts/me/offers", "/api/cohorts/me/offers", null, 200, "applicant"),
            row("POST", "/api/cohorts/offers/{id}/accept", "/api/cohorts/offers/" + ID + "/accept", "", 404, "applicant"),
            row("POST", "/api/cohorts/offers/{id}/decline", "/api/cohorts/offers/" + ID + "/decline", Map.of("reason", "WORKLOAD"),
                    404, "applicant"),
            row("POST", "/api/cohorts/offers/{id}/deferral", "/api/cohorts/offers/" + ID + "/deferral", "", 404, "applicant"),
            row("POST", "/api/cohorts/offers/{id}/deferral/decision", "/api/cohorts/offers/" + ID + "/deferral/decision",
                    Map.of("approve", true), 404, "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/participants", "/api/cohorts/cohorts/" + ID + "/participants", null, 404,
                    "programme-manager"),
            row("GET", "/api/cohorts/participants/{id}", "/api/cohorts/participants/" + ID, null, 404, "programme-manager", "applicant"),
            row("GET", "/api/cohorts/participants/{id}/career-consent", "/api/cohorts/participants/" + ID + "/career-consent",
                    null, 404, "programme-manager", "applicant"),
            row("PUT", "/api/cohorts/participants/{id}/career-consent", "/api/cohorts/participants/" + ID + "/career-consent",
                    Map.of("trackForYears", 3, "shareInAlumniDirectory", true, "shareInTalentPool", false), 404, "applicant"),
            row("DELETE", "/api/cohorts/participants/{id}/career-consent", "/api/cohorts/participants/" + ID + "/career-consent",
                    null, 404, "applicant"),
            row("GET", "/api/cohorts/participants/{id}/career-records", "/api/cohorts/participants/" + ID + "/career-records",
                    null, 404, "programme-manager", "applicant"),
            row("POST", "/api/cohorts/participants/{id}/career-records", "/api/cohorts/participants/" + ID + "/career-records",
                    Map.of("role", ROLE), 404, "programme-manager", "applicant"),
            row("GET", "/api/cohorts/participants/{id}/career-checkins", "/api/cohorts/participants/" + ID + "/career-checkins",
                    null, 404, "programme-manager", "applicant"),
            row("POST", "/api/cohorts/career-checkins/{id}/answer", "/api/cohorts/career-checkins/" + ID + "/answer",
                    Map.of("moved", false), 404, "applicant"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/career-checkins/unanswered", "/api/cohorts/cohorts/" + ID
                    + "/career-checkins/unanswered", null, 404, "programme-manager"),
            row("GET", "/api/cohorts/schemes/{schemeId}/career-checkin-schedule", "/api/cohorts/schemes/" + ID
                    + "/career-checkin-schedule", null, 404, "programme-manager"),
            row("PUT", "/api/cohorts/schemes/{schemeId}/career-checkin-schedule", "/api/cohorts/schemes/" + ID
                    + "/career-checkin-schedule", Map.of("monthsAfterCompletion", List.of(6, 12)), 404, "programme-manager"),
            row("GET", "/api/cohorts/me/alumni", "/api/cohorts/me/alumni", null, 200, "applicant"),
            row("GET", "/api/cohorts/schemes/{schemeId}/alumni-directory", "/api/cohorts/schemes/" + ID + "/alumni-directory",
                    null, 404, "programme-manager", "applicant"),
            // No members: the allowed roles get the 400 that asks for them, so the matrix creates nothing.
            row("POST", "/api/cohorts/local-systems", "/api/cohorts/local-systems", Map.of("name", "Matrix ICS", "regionCode", "Y63"),
                    400, "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/local-systems", "/api/cohorts/local-systems", null, 200,
                    "programme-manager", "regional-lead", "talent-lead"),
            row("GET", "/api/cohorts/local-systems/{id}", "/api/cohorts/local-systems/" + ID, null, 404,
                    "programme-manager", "regional-lead", "talent-lead"),
            row("PUT", "/api/cohorts/local-systems/{id}/talent-pool/{participantId}", "/api/cohorts/local-systems/" + ID
                    + "/talent-pool/" + ID, Map.of("readiness", "READY_NOW", "roleFamilies", List.of("DIRECTOR_OF_WORKFORCE")), 404,
                    "programme-manager", "regional-lead"),
            row("DELETE", "/api/cohorts/local-systems/{id}/talent-pool/{participantId}", "/api/cohorts/local-systems/" + ID
                    + "/talent-pool/" + ID, null, 404, "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/local-systems/{id}/talent-pool", "/api/cohorts/local-systems/" + ID + "/talent-pool", null,
                    404, "programme-manager", "regional-lead", "talent-lead"),
            row("POST", "/api/cohorts/talent-pool-entries/{entryId}/interest", "/api/cohorts/talent-pool-entries/" + ID
                    + "/interest", Map.of("vacancy", "Matrix vacancy", "roleFamily", "DIRECTOR_OF_WORKFORCE"), 404, "talent-lead"),
            row("GET", "/api/cohorts/me/talent-pools", "/api/cohorts/me/talent-pools", null, 200, "applicant"),
            // No region: the allowed roles get the 400 that asks for it.
            row("POST", "/api/cohorts/networks", "/api/cohorts/networks", Map.of("name", "Matrix network"), 400,
                    "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/networks", "/api/cohorts/networks", null, 200, "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/networks/{id}/events", "/api/cohorts/networks/" + ID + "/events", null, 404,
                    "programme-manager", "regional-lead"),
            row("POST", "/api/cohorts/networks/{id}/events", "/api/cohorts/networks/" + ID + "/events", Map.of("heldOn", "2018-11-14",
                    "kind", "WORKSHOP", "topic", "Matrix", "attendance", Map.of("ACUTE_TRUST", 3)), 404,
                    "programme-manager", "regional-lead"),
            row("PUT", "/api/cohorts/network-events/{id}/attendees", "/api/cohorts/network-events/" + ID + "/attendees",
                    Map.of("participantIds", List.of(ID)), 404, "programme-manager", "regional-lead"),
            row("GET", "/api/cohorts/participants/{id}/history", "/api/cohorts/participants/" + ID + "/history", null, 404,
                    "programme-manager", "applicant"),
            row("GET", "/api/cohorts/me/participations", "/api/cohorts/me/participations", null, 200, "applicant"),
            row("GET", "/api/cohorts/me/cohorts", "/api/cohorts/me/cohorts", null, 200, "applicant"),
            row("POST", "/api/cohorts/participants/{id}/status", "/api/cohorts/participants/" + ID + "/status",
                    Map.of("status", "DEFERRED"), 404, "programme-manager"),
            row("POST", "/api/cohorts/coaches", "/api/cohorts/coaches", Map.of("displayName", "Matrix coach",
                    "organisationCode", "RX1", "regionCode", "Y63", "capacity", 1), 201, "programme-manager"),
            row("GET", "/api/cohorts/coaches", "/api/cohorts/coaches", null, 200, "programme-manager", "applicant"),
            row("PUT", "/api/cohorts/participants/{id}/coaching-preferences", "/api/cohorts/participants/" + ID
                    + "/coaching-preferences", Map.of("coachIds", List.of()), 404, "programme-manager", "applicant"),
            row("POST", "/api/cohorts/participants/{id}/coaching-conflicts", "/api/cohorts/participants/" + ID
                    + "/coaching-conflicts", Map.of("coachId", ID, "reason", "Worked together until last year"), 404,
                    "programme-manager"),
            row("POST", "/api/cohorts/cohorts/{cohortId}/coaching/match", "/api/cohorts/cohorts/" + ID + "/coaching/match", "",
                    404, "programme-manager"),
            row("POST", "/api/cohorts/participants/{id}/coaching/rematch", "/api/cohorts/participants/" + ID
                    + "/coaching/rematch", "", 404, "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/coaching", "/api/cohorts/cohorts/" + ID + "/coaching", null, 404,
                    "programme-manager"),
            row("GET", "/api/cohorts/me/coach", "/api/cohorts/me/coach", null, 200, "applicant"),
            row("GET", "/api/cohorts/me/coachees", "/api/cohorts/me/coachees", null, 200, "coach"),
            row("PUT", "/api/cohorts/participants/{id}/adjustments", "/api/cohorts/participants/" + ID + "/adjustments",
                    Map.of("needs", "Step-free access"), 404, "applicant"),
            row("GET", "/api/cohorts/participants/{id}/adjustments", "/api/cohorts/participants/" + ID + "/adjustments", null, 404,
                    "applicant", "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/adjustments", "/api/cohorts/cohorts/" + ID + "/adjustments", null, 404,
                    "programme-manager"),
            row("POST", "/api/cohorts/participants/{id}/adjustments/arranged", "/api/cohorts/participants/" + ID
                    + "/adjustments/arranged", Map.of("arranged", "Ground-floor room"), 404, "programme-manager"),
            row("POST", "/api/cohorts/cohorts/{cohortId}/sessions", "/api/cohorts/cohorts/" + ID + "/sessions", Map.of("kind", "MODULE",
                    "title", "Matrix module", "startsAt", "2027-02-01T09:30:00Z", "durationMinutes", 180, "place", "Leeds",
                    "facilitator", "NHS Leadership Academy"), 404, "programme-manager"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/sessions", "/api/cohorts/cohorts/" + ID + "/sessions", null, 404,
                    "programme-manager", "applicant"),
            row("PUT", "/api/cohorts/sessions/{id}/attendance", "/api/cohorts/sessions/" + ID + "/attendance",
                    Map.of("records", List.of(Map.of("participantId", ID, "status", "ATTENDED"))), 404, "programme-manager"),
            row("PUT", "/api/cohorts/cohorts/{cohortId}/completion-rules", "/api/cohorts/cohorts/" + ID + "/completion-rules",
                    Map.of("minAttendancePercent", 80), 404, "programme-manager"),
            row("GET", "/api/cohorts/participants/{id}/completion", "/api/cohorts/participants/" + ID + "/completion", null, 404,
                    "programme-manager", "applicant"),
            row("POST", "/api/cohorts/participants/{id}/completion", "/api/cohorts/participants/" + ID + "/completion", Map.of(),
                    404, "programme-manager"),
            row("GET", "/api/cohorts/participants/{id}/plan", "/api/cohorts/participants/" + ID + "/plan", null, 404,
                    "programme-manager", "applicant", "sponsor", "coach"),
            row("POST", "/api/cohorts/participants/{id}/plan/objectives", "/api/cohorts/participants/" + ID + "/plan/objectives",
                    Map.of("title", "Matrix objective", "milestones", List.of(Map.of("title", "First", "dueOn", "2030-01-31"))), 404,
                    "programme-manager", "applicant"),
            row("POST", "/api/cohorts/milestones/{id}/evidence", "/api/cohorts/milestones/" + ID + "/evidence",
                    Map.of("text", "Matrix evidence"), 404, "applicant"),
            row("POST", "/api/cohorts/milestones/{id}/sign-off", "/api/cohorts/milestones/" + ID + "/sign-off", "", 404,
                    "programme-manager", "sponsor", "coach"),
            row("GET", "/api/cohorts/cohorts/{cohortId}/overdue-milestones", "/api/cohorts/cohorts/" + ID + "/overdue-milestones",
                    null, 404, "programme-manager"),
            row("GET", "/api/cohorts/audit", "/api/cohorts/audit", null, 200, "platform-admin"),
            row("GET", "/api/reporting/intakes/{intakeId}/funnel", "/api/reporting/intakes/" + ID + "/funnel", null, 404,
                    "programme-manager", "analyst", "platform-admin"),
            row("GET", "/api/reporting/intakes/{intakeId}/breakdown", "/api/reporting/intakes/" + ID + "/breakdown?by=sex", null, 404,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/intakes/{intakeId}/adverse-impact", "/api/reporting/intakes/" + ID + "/adverse-impact?by=bme",
                    null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/intakes/{intakeId}/funnel/csv", "/api/reporting/intakes/" + ID + "/funnel/csv", null, 404,
                    "programme-manager", "analyst", "platform-admin"),
            row("GET", "/api/reporting/intakes/{intakeId}/breakdown/csv", "/api/reporting/intakes/" + ID + "/breakdown/csv?by=sex",
                    null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/intakes/{intakeId}/adverse-impact/csv", "/api/reporting/intakes/" + ID
                    + "/adverse-impact/csv?by=bme", null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/intakes", "/api/reporting/intakes?year=2019", null, 200,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/schemes/{schemeId}/funnel", "/api/reporting/schemes/" + ID + "/funnel", null, 404,
                    "programme-manager", "analyst", "platform-admin"),
            row("GET", "/api/reporting/schemes/{schemeId}/funnel/csv", "/api/reporting/schemes/" + ID + "/funnel/csv", null, 404,
                    "programme-manager", "analyst", "platform-admin"),
            row("GET", "/api/reporting/schemes/{schemeId}/cohort-outcomes", "/api/reporting/schemes/" + ID + "/cohort-outcomes",
                    null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/schemes/{schemeId}/cohort-outcomes/csv", "/api/reporting/schemes/" + ID
                    + "/cohort-outcomes/csv", null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/regional-activity", "/api/reporting/regional-activity?financialYear=2018/19", null, 200,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            // An unknown intake, so the matrix never queues a real report: the allowed roles get its 404.
            row("POST", "/api/reporting/reports", "/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "PUBLIC",
                    "intakeId", ID), 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports", "/api/reporting/reports", null, 200,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports/{reportId}", "/api/reporting/reports/" + ID, null, 404,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports/{reportId}/report.html", "/api/reporting/reports/" + ID + "/report.html", null, 404,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports/{reportId}/report.pdf", "/api/reporting/reports/" + ID + "/report.pdf", null, 404,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports/{reportId}/tables.json", "/api/reporting/reports/" + ID + "/tables.json", null, 404,
                    "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/reports/{reportId}/tables/{tableId}.csv", "/api/reporting/reports/" + ID + "/tables/funnel.csv",
                    null, 404, "programme-manager", "analyst", "platform-admin", "regional-lead"),
            row("GET", "/api/reporting/read-models", "/api/reporting/read-models", null, 200, "platform-admin"),
            // Unconfirmed, so the matrix never starts a real rebuild: the admin gets the 400 that asks for confirm.
            row("POST", "/api/reporting/read-models/rebuilds", "/api/reporting/read-models/rebuilds", Map.of("confirm", false), 400,
                    "platform-admin"),
            row("GET", "/api/reporting/read-models/rebuilds/{rebuildId}", "/api/reporting/read-models/rebuilds/" + ID, null, 404,
                    "platform-admin"),
            row("GET", "/api/reporting/audit", "/api/reporting/audit", null, 200, "platform-admin"));

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private static final Map<String, Http> callers = new HashMap<>();

    @BeforeAll
    static void signIn() {
        callers.put(ANONYMOUS, gateway);
        ROLES.forEach(role -> callers.put(role, gateway.withToken(LocalPlatform.token(role))));
    }

    /** Every operation the services publish in their OpenAPI documents, as "METHOD /path/{template}". */
    static Set<String> publishedOperations() {
        Set<String> published = new TreeSet<>();
        SERVICE_PORTS.values().forEach(port -> {
            JsonNode paths = new Http("http://127.0.0.1:" + port).get("/v3/api-docs").body().path("paths");
            paths.properties().forEach(path -> path.getValue().properties()
                    .forEach(operation -> published.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        });
        return published;
    }

    @Test
    void everyPublishedEndpointHasARow() {
        Set<String> published = publishedOperations();
        Set<String> tabled = new TreeSet<>();
        MATRIX.forEach(row -> tabled.add(row.key()));

        assertThat(published).as("endpoints published by the services").isNotEmpty();
        assertThat(tabled).as("the matrix must have a row for every published endpoint").containsAll(published);
        assertThat(published).as("rows for endpoints that no longer exist").containsAll(tabled);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() {
        for (Row row : MATRIX) {
            for (String caller : callers.keySet()) {
                int expected = caller.equals(ANONYMOUS) ? 401 : row.allowed().contains(caller) ? row.allowedStatus() : 403;
                Http http = callers.get(caller);
                var response = switch (row.method()) {
                    case "GET" -> http.get(row.path());
                    case "PUT" -> http.put(row.path(), row.body());
                    case "DELETE" -> http.send("DELETE", row.path(), Map.of());
                    default -> http.post(row.path(), row.body());
                };
                assertThat(response.status()).as(caller + " -> " + row.key() + ": " + response.body()).isEqualTo(expected);
                if (expected >= 400) {
                    assertThat(response.contentType()).as(caller + " -> " + row.key()).startsWith("application/problem+json");
                }
            }
        }
    }

    /**
     * Region scoping: on every reporting endpoint a regional lead may call with a region, asking for another region
     * than their own (the demo lead's is Y63) is a 403 problem, and their own region is answered as for anyone. Reports
     * take their region in the request body instead (ReportsTest in reporting-service covers it).
     */
    @Test
    void aRegionalLeadSeesOnlyTheirOwnRegion() {
        Http lead = callers.get("regional-lead");
        List<Row> scoped = MATRIX.stream().filter(row -> row.allowed().contains("regional-lead"))
                .filter(row -> row.path().startsWith("/api/reporting/") && !row.template().equals("/api/reporting/intakes")
                        && !row.template().startsWith("/api/reporting/reports"))
                .toList();
        assertThat(scoped).as("region-scoped reporting endpoints").hasSizeGreaterThanOrEqualTo(6);
        for (Row row : scoped) {
            String separator = row.path().contains("?") ? "&" : "?";
            var other = lead.get(row.path() + separator + "region=Y56");
            assertThat(other.status()).as(row.key() + " for another region").isEqualTo(403);
            assertThat(other.contentType()).startsWith("application/problem+json");
            assertThat(lead.get(row.path() + separator + "region=Y63").status()).as(row.key() + " for their own")
                    .isEqualTo(row.allowedStatus());
        }
    }

    /**
     * Bad input on every endpoint, as a role allowed to call it: an id that is not one, a body that is
     * not JSON, a body of the wrong shape. Each is a 4xx problem+json, and the schemes and intakes
     * everyone can list are the same afterwards.
     */
    @Test
    void badInputOnEveryEndpointIsAProblemAndChangesNothing() {
        Http reader = callers.get("programme-manager");
        String before = reader.get("/api/recruitment/schemes").body().toString() + reader.get("/api/recruitment/intakes").body();
        for (Row row : MATRIX) {
            if (row.allowed().isEmpty()) {
                continue;
            }
            Http http = callers.get(new TreeSet<>(row.allowed()).first());
            if (row.path().contains(ID) && !row.template().contains("{subject}")) {
                String badId = row.path().replace(ID, "not-an-id");
                var response = switch (row.method()) {
                    case "GET" -> http.get(badId);
                    case "DELETE" -> http.send("DELETE", badId, Map.of());
                    case "PUT" -> http.put(badId, row.body());
                    default -> http.post(badId, row.body());
                };
                assertIsProblem(response, 400, row.key() + " with a malformed id");
            }
            if (row.body() instanceof Map<?, ?>) {
                for (String body : List.of("{\"unfinished\": ", "[1, 2, 3]")) {
                    var response = row.method().equals("PUT") ? http.put(row.path(), body) : http.post(row.path(), body);
                    assertIsProblem(response, 400, row.key() + " with body " + body);
                }
            }
        }
        String after = reader.get("/api/recruitment/schemes").body().toString() + reader.get("/api/recruitment/intakes").body();
        assertThat(after).as("bad input changed nothing").isEqualTo(before);
    }

    private static void assertIsProblem(Http.Response response, int status, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.body().path("detail").asString()).as(what + " says what to do").isNotBlank();
    }

    private static Row row(String method, String template, String path, Object body, int allowedStatus, String... allowed) {
        return new Row(method, template, path, body, allowedStatus, Set.of(allowed));
    }
}
