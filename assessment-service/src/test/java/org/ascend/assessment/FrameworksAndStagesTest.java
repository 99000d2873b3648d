package org.ascend.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, items 1 and 2: versioned frameworks, fixed once a stage uses them, and an intake's stages. */
class FrameworksAndStagesTest extends ServiceIntegrationTest {

    private static final String FRAMEWORKS = "/api/assessment/frameworks";

    @Test
    void aFrameworkVersionIsFixedOnceAStageUsesItAndAChangeIsANewVersion() {
        Http manager = as("programme-manager");
        var created = manager.post(FRAMEWORKS, framework("Leadership " + UUID.randomUUID(), 60, 40));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("version").asInt()).isEqualTo(1);
        String v1 = created.text("id");

        var revised = manager.put(FRAMEWORKS + "/" + v1, framework(null, 50, 50));
        assertThat(revised.status()).as("a version nobody uses can change").isEqualTo(200);
        assertThat(revised.body().path("criteria").get(0).path("weightPercent").asInt()).isEqualTo(50);

        String intakeId = UUID.randomUUID().toString();
        var configured = manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(
                stage("SIFT", v1, 2, "2", "TOP_N", 30), stage("INTERVIEW", v1, 3, "1.5", "MANUAL", null))));
        assertThat(configured.status()).as(configured.body().toString()).isEqualTo(200);
        assertThat(manager.get("/api/assessment/intakes/" + intakeId + "/stages").body().findValuesAsString("kind"))
                .containsExactly("SIFT", "INTERVIEW");

        var refused = manager.put(FRAMEWORKS + "/" + v1, framework(null, 70, 30));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:ascend:problem:framework-in-use");
        assertThat(refused.text("detail")).contains("/versions");

        var v2 = manager.post(FRAMEWORKS + "/" + v1 + "/versions", framework(null, 70, 30));
        assertThat(v2.status()).isEqualTo(201);
        assertThat(v2.body().path("version").asInt()).isEqualTo(2);
        assertThat(v2.text("id")).isNotEqualTo(v1);
        var unchanged = as("assessor").get(FRAMEWORKS + "/" + v1);
        assertThat(unchanged.body().path("criteria").get(0).path("weightPercent").asInt()).isEqualTo(50);
        assertThat(unchanged.body().path("inUseAt").isNull()).as("in use since the stages were set").isFalse();
        assertThat(manager.post(FRAMEWORKS, framework(created.text("name"), 60, 40)).status())
                .as("a second framework of the same name").isEqualTo(409);
    }

    @Test
    void badFrameworksAreRefusedWithTheFieldsToFix() {
        Http manager = as("programme-manager");
        String name = "Bad " + UUID.randomUUID();
        assertFields(manager.post(FRAMEWORKS, framework(name, 60, 30)), "criterion weights must add up to 100");

        Map<String, Object> gap = framework(name, 60, 40);
        criteria(gap).get(0).put("anchors", Map.of("1", "Little evidence", "2", "Some", "3", "Clear"));
        assertFields(manager.post(FRAMEWORKS, gap), "every criterion needs an anchor for each point");

        Map<String, Object> twins = framework(name, 60, 40);
        var twinCriteria = criteria(twins);
        twinCriteria.get(1).put("id", twinCriteria.get(0).get("id"));
        assertFields(manager.post(FRAMEWORKS, twins), "criterion ids must be unique");

        Map<String, Object> upsideDown = framework(name, 60, 40);
        upsideDown.put("scale", Map.of("min", 5, "max", 1));
        assertFields(manager.post(FRAMEWORKS, upsideDown), "min must be below max");

        assertFields(manager.post(FRAMEWORKS, framework(null, 60, 40)), "must not be blank");
        assertThat(manager.get(FRAMEWORKS).body().toString()).as("nothing was stored").doesNotContain(name);
        assertThat(as("assessor").post(FRAMEWORKS, framework(name, 60, 40)).status()).isEqualTo(403);
        assertThat(as("applicant").get(FRAMEWORKS).status()).isEqualTo(403);
    }

    @Test
    void stagesFollowDomainRulesAndTheirFrameworksScale() {
        Http manager = as("programme-manager");
        String framework = manager.post(FRAMEWORKS, framework("Stages " + UUID.randomUUID(), 60, 40)).text("id");
        String stages = "/api/assessment/intakes/" + UUID.randomUUID() + "/stages";

        assertFields(manager.put(stages, Map.of("stages", List.of(stage("SIFT", framework, 1, "2", "MANUAL", null)))),
                "must be at least 2 at sift");
        assertFields(manager.put(stages, Map.of("stages", List.of(stage("SIFT", framework, 2, "9", "MANUAL", null)))),
                "must not exceed the framework's scale range (4)");
        assertFields(manager.put(stages, Map.of("stages", List.of(stage("SIFT", framework, 2, "2", "THRESHOLD", 7)))),
                "must be a weighted score within the framework's scale (1-5)");
        assertFields(manager.put(stages, Map.of("stages", List.of(stage("SIFT", framework, 2, "2", "TOP_N", 2.5)))),
                "must be a whole number of candidates");
        assertFields(manager.put(stages, Map.of("stages", List.of(stage("SIFT", framework, 2, "2", "MANUAL", null),
                stage("SIFT", framework, 3, "2", "MANUAL", null)))), "each kind of stage at most once");
        assertThat(manager.get(stages).body().size()).as("nothing was stored").isZero();
        assertThat(as("programme-manager").get(FRAMEWORKS + "/" + framework).body().path("inUseAt").isNull())
                .as("a refused configuration fixes nothing").isTrue();
        assertThat(manager.put(stages, Map.of("stages", List.of(stage("SIFT", UUID.randomUUID().toString(), 2, "2",
                "MANUAL", null)))).status()).isEqualTo(404);
        assertThat(as("assessor").get(stages).status()).isEqualTo(403);
    }

    private static void assertFields(Http.Response response, String message) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsString("message")).anyMatch(m -> m.startsWith(message));
    }

    private static Map<String, Object> framework(String name, int firstWeight, int secondWeight) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        body.put("description", "Values-based leadership, after the NHS Healthcare Leadership Model");
        body.put("scale", Map.of("min", 1, "max", 5));
        body.put("criteria", List.of(criterion("inspiring-vision", firstWeight), criterion("engaging-the-team", secondWeight)));
        return body;
    }

    private static Map<String, Object> criterion(String id, int weight) {
        Map<String, Object> criterion = new LinkedHashMap<>();
        criterion.put("id", id);
        criterion.put("name", id.replace('-', ' '));
        criterion.put("weightPercent", weight);
        criterion.put("anchors", Map.of("1", "No evidence", "2", "Limited evidence", "3", "Clear evidence",
                "4", "Strong evidence beyond own area", "5", "Exceptional, system-wide evidence"));
        return criterion;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> criteria(Map<String, Object> framework) {
        List<Map<String, Object>> copy = ((List<Map<String, Object>>) framework.get("criteria")).stream()
                .map(c -> (Map<String, Object>) new LinkedHashMap<>(c)).toList();
        framework.put("criteria", copy);
        return copy;
    }

    private static Map<String, Object> stage(String kind, String frameworkId, int assessors, String tolerance,
            String rule, Number value) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("stage", kind);
        stage.put("frameworkId", frameworkId);
        stage.put("assessorsPerApplication", assessors);
        stage.put("tolerance", tolerance);
        stage.put("passRule", rule);
        if (value != null) {
            stage.put("passValue", value);
        }
        return stage;
    }
}
