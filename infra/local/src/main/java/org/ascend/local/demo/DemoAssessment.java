package org.ascend.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Runs an intake's assessment through the API as its people would: the programme manager sets the stages and
 * allocates; each assessor scores their allocations on their own (a few far from their colleagues, so a further
 * assessor joins and some cases go to moderation); the moderator settles those; the programme manager decides in
 * rank order. Scores follow each applicant's fixed "merit" plus each assessor's leniency and some noise.
 */
final class DemoAssessment {

    /** A stage to run: which framework, how many assessors per application, how many progress. */
    record StagePlan(String kind, String frameworkId, List<String> criteria, int assessorsPerApplication, int progress) {
    }

    /** What happened at one stage. */
    record StageResult(String kind, int assessed, int sheets, int moderated, int progressed) {
    }

    static final List<String> POOL = List.of("assessor-2", "assessor-3", "assessor-4", "assessor-5");
    private static final Map<String, Double> LENIENCY = Map.of("assessor-2", 0.15, "assessor-3", -0.15, "assessor-4", 0.0,
            "assessor-5", 0.1);

    private final String gateway;
    private final DemoApi manager;
    private final Set<String> scored = new HashSet<>();
    /** Per stage (intake and kind): its first case, and whether it has had its one sure disagreement. */
    private final Map<String, String> firstCase = new java.util.HashMap<>();
    private final Set<String> disagreed = new HashSet<>();

    DemoAssessment(String gateway) {
        this.gateway = gateway;
        this.manager = DemoApi.as(gateway, "programme-manager");
    }

    /** The demo's assessors join the pool and declare their conflicts (one line-manages people at RJE). */
    void joinPool() {
        String[] organisations = {"RX3", "RX4", "RX5", "RX6"};
        for (int i = 0; i < POOL.size(); i++) {
            manager.call("POST", "/api/assessment/assessors", Map.of("subject", POOL.get(i), "displayName", displayName(POOL.get(i)),
                    "organisationCode", organisations[i]), Set.of(201, 409));
            List<Map<String, String>> conflicts = i == 1 ? List.of(Map.of("kind", "LINE_MANAGEMENT", "organisationCode", "RJE")) : List.of();
            DemoApi.as(gateway, POOL.get(i)).put("/api/assessment/assessors/me/declaration", Map.of("conflicts", conflicts));
        }
    }

    String framework(String name, Map<String, Integer> weights) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        Map<String, String> anchors = Map.of("1", "No evidence", "2", "Limited evidence", "3", "Clear evidence",
                "4", "Strong evidence", "5", "Exceptional evidence");
        weights.forEach((id, weight) -> criteria.add(Map.of("id", id, "name", title(id), "weightPercent", weight,
                "anchors", anchors)));
        return manager.post("/api/assessment/frameworks", Map.of("name", name, "scale", Map.of("min", 1, "max", 5),
                "criteria", criteria)).path("id").asString();
    }

    /** Every stage of the intake, in order; returns what happened at each. */
    List<StageResult> run(String intakeId, int expectedCases, List<StagePlan> stages) {
        List<Map<String, Object>> specs = new ArrayList<>();
        for (StagePlan stage : stages) {
            specs.add(Map.of("stage", stage.kind(), "frameworkId", stage.frameworkId(), "assessorsPerApplication",
                    stage.assessorsPerApplication(), "tolerance", 1, "passRule", "TOP_N", "passValue", stage.progress()));
        }
        manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", specs));
        DemoApi.await("assessment to screen the intake's " + expectedCases + " eligible applications", Duration.ofSeconds(120),
                () -> count(cases(intakeId), "SIFT", "PENDING"), n -> n == expectedCases);
        List<StageResult> results = new ArrayList<>();
        for (StagePlan stage : stages) {
            results.add(runStage(intakeId, stage));
        }
        return results;
    }

    private StageResult runStage(String intakeId, StagePlan stage) {
        manager.post("/api/assessment/intakes/" + intakeId + "/stages/" + stage.kind() + "/allocation", null);
        int sheets = scoreEverything(intakeId, stage);
        int moderated = 0;
        for (JsonNode c : cases(intakeId)) {
            if (c.path("stage").asString().equals(stage.kind()) && c.path("status").asString().equals("MODERATION_REQUIRED")) {
                moderate(c, stage);
                moderated++;
            }
        }
        JsonNode ranked = manager.get("/api/assessment/intakes/" + intakeId + "/stages/" + stage.kind() + "/ranking").path("ranked");
        int progressed = 0;
        for (JsonNode entry : ranked) {
            boolean progresses = progressed < stage.progress();
            manager.post("/api/assessment/cases/" + entry.path("caseId").asString() + "/decision",
                    Map.of("decision", progresses ? "PROGRESS" : "NOT_PROGRESS"));
            progressed += progresses ? 1 : 0;
        }
        return new StageResult(stage.kind(), ranked.size(), sheets, moderated, progressed);
    }

    /** Each assessor scores what is allocated to them, until no one has anything left (a further assessor may join). */
    private int scoreEverything(String intakeId, StagePlan stage) {
        int sheets = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (String assessor : POOL) {
                DemoApi api = DemoApi.as(gateway, assessor);
                for (JsonNode allocation : api.get("/api/assessment/allocations/mine")) {
                    String id = allocation.path("allocationId").asString();
                    if (!allocation.path("stage").asString().equals(stage.kind()) || !scored.add(id)) {
                        continue;
                    }
                    String application = allocation.path("applicationId").asString();
                    // The second sheet of the stage's first case is far from the first: a further assessor, then moderation.
                    String key = intakeId + stage.kind();
                    String caseId = allocation.path("caseId").asString();
                    boolean outlier = firstCase.putIfAbsent(key, caseId) != null && caseId.equals(firstCase.get(key))
                            && disagreed.add(key);
                    Map<String, Object> scores = new LinkedHashMap<>();
                    for (String criterion : stage.criteria()) {
                        scores.put(criterion, Map.of("score", score(application, assessor, criterion, stage.kind(), outlier),
                                "evidence", "Seen in the " + (stage.kind().equals("SIFT") ? "application" : "interview")));
                    }
                    String path = "/api/assessment/allocations/" + id + "/scores";
                    api.put(path, Map.of("scores", scores));
                    api.post(path + "/submit", null);
                    sheets++;
                    more = true;
                }
            }
        }
        return sheets;
    }

    private void moderate(JsonNode assessmentCase, StagePlan stage) {
        Map<String, Integer> agreed = new LinkedHashMap<>();
        for (String criterion : stage.criteria()) {
            agreed.put(criterion, clamp(Math.round(merit(assessmentCase.path("applicationId").asString()))));
        }
        DemoApi.as(gateway, "moderator").post("/api/assessment/cases/" + assessmentCase.path("id").asString() + "/moderation",
                Map.of("agreedScores", agreed, "rationale", "The panel's evidence was re-read against the anchors; the outlying "
                        + "score rested on one example the others weighed differently, so the agreed scores follow the majority."));
    }

    /** The applicant's fixed merit on the 1-5 scale, from 1.6 to 4.7. */
    private static double merit(String applicationId) {
        return 1.6 + Dice.roll(32, applicationId) / 10.0;
    }

    private static int score(String applicationId, String assessor, String criterion, String stage, boolean forcedOutlier) {
        double merit = merit(applicationId);
        double noise = new double[] {-1, 0, 0, 0, 1}[Dice.roll(5, applicationId, assessor, criterion, stage)];
        boolean outlier = forcedOutlier || Dice.roll(20, applicationId, assessor, stage) == 0; // now and then far off
        double away = merit >= 3.15 ? -2.2 : 2.2; // towards the middle of the scale, so clamping never hides it
        return clamp(Math.round(merit + LENIENCY.get(assessor) + noise * 0.6 + (outlier ? away : 0)));
    }

    private static int clamp(long score) {
        return (int) Math.max(1, Math.min(5, score));
    }

    JsonNode cases(String intakeId) {
        return manager.get("/api/assessment/cases?intakeId=" + intakeId);
    }

    private static int count(JsonNode cases, String stage, String status) {
        int n = 0;
        for (JsonNode c : cases) {
            n += c.path("stage").asString().equals(stage) && c.path("status").asString().equals(status) ? 1 : 0;
        }
        return n;
    }

    private static String displayName(String subject) {
        return switch (subject) {
            case "assessor-2" -> "Grace Mwangi";
            case "assessor-3" -> "Owen Price";
            case "assessor-4" -> "Hannah Cole";
            default -> "Imran Siddiqui";
        };
    }

    private static String title(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
