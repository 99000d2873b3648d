package org.ascend.local.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * {@code ./ascend up --demo}, after recruitment has seeded the schemes and their applicants: the rest of each
 * scheme's story, through the gateway as the people who live it (docs/demo.md). The Aspirant Director of Workforce
 * scheme's cohorts 1 to 4 are assessed, offered, run and completed (cohort 4 from its 2019 intake, with a sift and
 * an interview); the Staffordshire High Potential Scheme pilot's cohort of 20 and a Stepping Up cohort are running.
 * Runs once: a platform that has the demo's cohorts already is left alone.
 */
public final class DemoProgrammes {

    private static final String ADOW = "Aspirant Director of Workforce";
    private static final String PILOT = "High Potential Scheme (Staffordshire pilot)";
    private static final String STEPPING_UP = "Stepping Up";
    private static final Map<String, Object> NATIONAL = Map.of("kind", "NATIONAL");
    private static final Map<String, Object> STAFFORDSHIRE = Map.of("kind", "LOCAL_SYSTEM", "regionCode", "Y60",
            "systemCode", "QNC", "memberOrganisations", List.of("RJE", "RRE", "RLY"));

    private final String gateway;
    private final Consumer<String> progress;
    private final DemoApi manager;

    public DemoProgrammes(String gateway, Consumer<String> progress) {
        this.gateway = gateway;
        this.progress = progress;
        this.manager = DemoApi.as(gateway, "programme-manager");
    }

    public void seed() {
        Map<String, String> adow = intakesOf(ADOW);
        if (manager.get("/api/cohorts/cohorts?intakeId=" + adow.get("Cohort 4")).size() > 0) {
            progress.accept("demo programmes: already there, nothing added");
            return;
        }
        var assessment = new DemoAssessment(gateway);
        assessment.joinPool();
        coaches();
        var cohorts = new DemoCohort(gateway);
        List<String> adowCriteria = List.of("strategic-workforce-leadership", "system-working", "inclusive-leadership",
                "self-awareness");
        String adowSift = assessment.framework("ADoW sift", weights(adowCriteria, 30, 25, 25, 20));
        String adowInterview = assessment.framework("ADoW interview", weights(adowCriteria, 25, 25, 25, 25));
        List<String> adowPartners = List.of("NHS Employers", "NHS Leadership Academy Executive Search");
        Map<String, LocalDate> followed = new LinkedHashMap<>(); // cohorts 1 to 3: their alumni's careers
        for (int n = 1; n <= 4; n++) {
            int year = 2015 + n;
            boolean interview = n == 4; // cohort 4: a sift, then an interview panel
            var stages = interview
                    ? List.of(new DemoAssessment.StagePlan("SIFT", adowSift, adowCriteria, 2, 22),
                            new DemoAssessment.StagePlan("INTERVIEW", adowInterview, adowCriteria, 2, 18))
                    : List.of(new DemoAssessment.StagePlan("SIFT", adowSift, adowCriteria, 2, 18));
            LocalDate starts = n == 4 ? LocalDate.of(2019, 10, 7) : LocalDate.of(year, 9, 12);
            var cohort = round(assessment, cohorts, "Aspirant Director of Workforce cohort " + n, adow.get("Cohort " + n), stages,
                    new DemoCohort.Plan("ADoW cohort " + n, starts, starts.plusMonths(10), NATIONAL, adowPartners,
                            1, n == 4 ? 1 : 0, 6, true));
            if (n <= 3) {
                followed.put(cohort.cohortId(), starts.plusMonths(10));
            }
        }
        List<String> potential = List.of("drive", "learning-agility", "system-leadership", "inclusion");
        String pilotSift = assessment.framework("High potential sift", weights(potential, 25, 25, 25, 25));
        String pilotCentre = assessment.framework("High potential assessment centre", weights(potential, 20, 30, 25, 25));
        round(assessment, cohorts, PILOT, intakesOf(PILOT).get("Pilot cohort 1"),
                List.of(new DemoAssessment.StagePlan("SIFT", pilotSift, potential, 2, 24),
                        new DemoAssessment.StagePlan("ASSESSMENT_CENTRE", pilotCentre, potential, 2, 22)),
                new DemoCohort.Plan("Staffordshire pilot cohort 1", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 28),
                        STAFFORDSHIRE, List.of("NHS Leadership Academy", "Staffordshire and Stoke-on-Trent ICS"), 1, 0, 9, false));
        List<String> steppingUp = List.of("aspiration", "self-awareness", "leading-others");
        String steppingUpSift = assessment.framework("Stepping Up sift", weights(steppingUp, 40, 30, 30));
        round(assessment, cohorts, "Stepping Up 2025", intakesOf(STEPPING_UP).get("2025 cohort"),
                List.of(new DemoAssessment.StagePlan("SIFT", steppingUpSift, steppingUp, 2, 28)),
                new DemoCohort.Plan("Stepping Up 2025", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 11), NATIONAL,
                        List.of("NHS Leadership Academy"), 1, 0, 8, false));
        var careers = new DemoCareers(gateway).run(followed, cohorts);
        progress.accept("demo programmes: careers of ADoW cohorts 1-3: " + careers.consented() + " alumni consented, "
                + careers.moves() + " moves recorded (" + careers.directorMoves() + " into director roles), " + careers.withdrawn()
                + " withdrew from tracking; Staffordshire and Stoke-on-Trent talent pool of " + careers.inPool() + "; "
                + careers.networkEvents() + " regional network events in 2017/18 and 2018/19");
    }

    private DemoCohort.Result round(DemoAssessment assessment, DemoCohort cohorts, String label, String intakeId,
            List<DemoAssessment.StagePlan> stages, DemoCohort.Plan plan) {
        int eligible = eligibleApplications(intakeId);
        var results = assessment.run(intakeId, eligible, stages);
        StringBuilder said = new StringBuilder(label + ": " + eligible + " eligible;");
        results.forEach(r -> said.append(' ').append(r.kind().toLowerCase()).append(' ').append(r.assessed()).append(" assessed (")
                .append(r.sheets()).append(" score sheets, ").append(r.moderated()).append(" moderated), ").append(r.progressed())
                .append(" progressed;"));
        int progressing = results.get(results.size() - 1).progressed();
        var cohort = cohorts.run(intakeId, plan, progressing);
        said.append(' ').append(cohort.offered()).append(" offers (").append(cohort.declined()).append(" declined, ")
                .append(cohort.deferred()).append(" deferred), ").append(cohort.enrolled()).append(" enrolled, ")
                .append(cohort.sessionsHeld()).append(" sessions held, ").append(cohort.coached()).append(" coached");
        if (plan.completes()) {
            said.append(", ").append(cohort.completed()).append(" completed, ").append(cohort.withdrawn()).append(" withdrew");
        }
        progress.accept("demo programmes: " + said);
        return cohort;
    }

    /** Applications recruitment found eligible and still in the running (assessment opens a case for each). */
    private int eligibleApplications(String intakeId) {
        JsonNode items = manager.get("/api/recruitment/intakes/" + intakeId + "/applications?size=200").path("items");
        int eligible = 0;
        for (JsonNode application : items) {
            eligible += application.path("eligible").asBoolean(false) && !application.path("status").asString().equals("WITHDRAWN") ? 1 : 0;
        }
        return eligible;
    }

    /** The demo scheme's intakes by name (recruitment seeded them before it reported ready). */
    private Map<String, String> intakesOf(String scheme) {
        JsonNode intakes = DemoApi.await("recruitment's demo scheme " + scheme, Duration.ofSeconds(60),
                () -> manager.get("/api/recruitment/intakes?schemeId=" + schemeId(scheme)), list -> list.size() > 0);
        Map<String, String> byName = new LinkedHashMap<>();
        intakes.forEach(intake -> byName.put(intake.path("name").asString(), intake.path("id").asString()));
        return byName;
    }

    /** The demo's schemes have fixed ids made from their names (docs/demo.md); others may share a name. */
    private static String schemeId(String name) {
        return UUID.nameUUIDFromBytes(("ascend-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A pool of coaches and mentors; Dr Femi Adeyemi signs in as the demo's {@code coach} user. */
    private void coaches() {
        Object[][] pool = {
                {"Dr Femi Adeyemi", "RYJ", "Y56", List.of("board", "culture"), "coach@demo.ascend.example"},
                {"Ruth Okonjo", "RX9", "Y63", List.of("system-working", "culture")},
                {"Tom Hale", "RX8", "Y62", List.of("board", "finance")},
                {"Dr Ada Mensah", "RTG", "Y60", List.of("system-working", "inclusion")},
                {"Siobhan Kelly", "RVJ", "Y58", List.of("culture", "workforce-planning")},
                {"Marcus Webb", "RDE", "Y61", List.of("finance", "board")},
                {"Leila Haddad", "RPY", "Y56", List.of("inclusion", "coaching-skills")},
                {"Gareth Lloyd", "RHU", "Y59", List.of("workforce-planning", "system-working")}};
        for (Object[] coach : pool) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("displayName", coach[0], "organisationCode", coach[1],
                    "regionCode", coach[2], "capacity", 6, "specialisms", coach[3]));
            if (coach.length > 4) {
                body.put("email", coach[4]);
            }
            manager.post("/api/cohorts/coaches", body);
        }
    }

    private static Map<String, Integer> weights(List<String> criteria, int... percents) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            weights.put(criteria.get(i), percents[i]);
        }
        return weights;
    }
}
