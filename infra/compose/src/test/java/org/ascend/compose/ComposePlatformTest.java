package org.ascend.compose;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.ascend.platform.test.ContainersOnlyCondition;
import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose deployment as ops run it (docs/operations.md): {@code ascend-compose up} on the images this build made
 * (-Pimages), a submission through the gateway reaching assessment and reporting, a service container stopped while
 * a second submission is made and started again with nothing lost, then {@code ascend-compose down --wipe} leaving
 * no container, network or volume behind. Runs with {@code -Dascend.test.infrastructure=containers} on an engine
 * (CI does); otherwise skipped, and the report says so.
 */
@ExtendWith(ContainersOnlyCondition.class)
class ComposePlatformTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final String PROJECT = "ascend-compose-test";
    /** Ports of its own, so a developer's ./ascend (8080, 9000) can keep running. */
    private static final int GATEWAY_PORT = 18080;
    private static final int IDENTITY_PORT = 19000;
    /** The services' start_period in compose.yaml: a probe failing within it does not count. */
    private static final Duration PROBE_ALLOWANCE = Duration.ofSeconds(180);
    private static final List<String> SERVICES = List.of("recruitment-service", "assessment-service", "cohort-service",
            "reporting-service", "gateway", "identity");

    private final Http gateway = new Http("http://127.0.0.1:" + GATEWAY_PORT);

    @AfterAll
    static void takeItDown() {
        compose(300, "down", "--wipe");
    }

    @Test
    void theWholePlatformRunsFromItsImagesKeepsWhatItAcknowledgedAndLeavesNothingBehind() throws Exception {
        Map<String, Instant> firstHealthy;
        try (var watch = new HealthWatch()) {
            compose(900, "up");
            firstHealthy = watch.firstHealthy();
        }
        for (String service : SERVICES) {
            String container = container(service);
            assertThat(docker("exec", container, "id", "-u")).as(service + " runs as the unprivileged user").isEqualTo("10001");
            assertThat(docker("inspect", "--format", "{{.State.Health.Status}}", container)).isEqualTo("healthy");
            Instant started = Instant.parse(docker("inspect", "--format", "{{json .State.StartedAt}}", container).replace("\"", ""));
            Instant healthy = firstHealthy.entrySet().stream().filter(seen -> seen.getKey().startsWith(container))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(service + " never seen healthy"));
            Duration startToHealthy = Duration.between(started, healthy);
            System.out.printf("[compose-test] %s healthy %d s after its container started%n", service, startToHealthy.toSeconds());
            assertThat(startToHealthy).as(service + " healthy within its probes' allowance").isLessThan(PROBE_ALLOWANCE);
        }

        Http manager = gateway.withToken(token("programme-manager"));
        Http analyst = gateway.withToken(token("analyst"));
        String intakeId = openIntake(manager);
        String first = apply("applicant", intakeId, "Y63");
        awaitCasesAndFunnel(manager, analyst, intakeId, 1);

        // Assessment is down while the second application is made: the event waits in Kafka, not in a lost request.
        docker("stop", container("assessment-service"));
        String second = apply("applicant-2", intakeId, "Y56");
        docker("start", container("assessment-service"));
        Awaitility.await("assessment is healthy again").atMost(PROBE_ALLOWANCE).pollInterval(Duration.ofSeconds(2))
                .until(() -> docker("inspect", "--format", "{{.State.Health.Status}}", container("assessment-service")),
                        "healthy"::equals);
        var cases = awaitCasesAndFunnel(manager, analyst, intakeId, 2);
        assertThat(cases.findValuesAsString("applicationId")).containsExactlyInAnyOrder(first, second);

        compose(300, "down", "--wipe");
        String label = "label=com.docker.compose.project=" + PROJECT;
        assertThat(docker("ps", "--all", "--quiet", "--filter", label)).as("containers left").isEmpty();
        assertThat(docker("network", "ls", "--quiet", "--filter", label)).as("networks left").isEmpty();
        assertThat(docker("volume", "ls", "--quiet", "--filter", label)).as("volumes left").isEmpty();
    }

    /**
     * When each of the project's containers was first seen healthy, polled every 2 s while {@code up} runs. Up
     * returns only once all are healthy, and the services start long before the gateway that waits for them, so the
     * moment up returns says nothing about one service's own start.
     */
    private static final class HealthWatch implements AutoCloseable {
        private final Map<String, Instant> firstHealthy = new ConcurrentHashMap<>();
        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

        HealthWatch() {
            poller.scheduleWithFixedDelay(this::look, 0, 2, TimeUnit.SECONDS);
        }

        private void look() {
            try {
                List<String> ids = List.of(docker("ps", "--all", "--quiet", "--filter", "label=com.docker.compose.project=" + PROJECT)
                        .split("\\s+"));
                if (ids.get(0).isEmpty()) {
                    return;
                }
                List<String> inspect = new ArrayList<>(List.of("inspect", "--format", "{{.Id}} {{if .State.Health}}{{.State.Health.Status}}{{end}}"));
                inspect.addAll(ids);
                Instant now = Instant.now();
                docker(inspect.toArray(String[]::new)).lines().map(line -> line.split(" "))
                        .filter(fields -> fields.length == 2 && "healthy".equals(fields[1]))
                        .forEach(fields -> firstHealthy.putIfAbsent(fields[0], now));
            } catch (AssertionError containerGoneBetweenCalls) {
                // the next look sees the project as it is then
            }
        }

        /**
         * What was seen, after one last look: a service that turned healthy after the previous look (up returns as
         * soon as the last one is healthy, up to 2 s before the next look) is seen now, not missed.
         */
        Map<String, Instant> firstHealthy() {
            look();
            return Map.copyOf(firstHealthy);
        }

        @Override
        public void close() {
            poller.shutdownNow();
        }
    }

    private static String openIntake(Http manager) {
        var scheme = manager.post("/api/recruitment/schemes",
                Map.of("name", "Compose pilot", "ownerBody", "NHS England", "targetCohortSize", 15));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        Instant now = Instant.now();
        var intake = manager.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of("name", "Cohort 1",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString()));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        assertThat(manager.post("/api/recruitment/intakes/" + intake.text("id") + "/open", "").status()).isEqualTo(200);
        return intake.text("id");
    }

    private String apply(String applicant, String intakeId, String region) {
        var submitted = gateway.withToken(token(applicant)).post("/api/recruitment/intakes/" + intakeId + "/applications",
                Map.of("applicantEmail", applicant + "@nhs.example", "givenName", "Sam", "familyName", "Patel",
                        "regionCode", region, "band", "8d", "organisationCode", "RJ1", "organisationType", "ACUTE_TRUST",
                        "profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT", "currentRole", "Associate Director of Workforce"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        return submitted.text("id");
    }

    /** Assessment's cases of the intake once there are {@code count}, and reporting's funnel counting as many. */
    private static tools.jackson.databind.JsonNode awaitCasesAndFunnel(Http manager, Http analyst, String intakeId, int count) {
        var cases = Awaitility.await("assessment opens " + count + " cases").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId), r -> r.status() == 200 && r.body().size() == count)
                .body();
        Awaitility.await("reporting counts " + count + " applied").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> analyst.get("/api/reporting/intakes/" + intakeId + "/funnel"), r -> r.status() == 200
                        && r.body().path("stages").valueStream().anyMatch(stage -> "applied".equals(stage.path("stage").asString())
                                && stage.path("count").asInt() == count));
        return cases;
    }

    private static String container(String service) {
        return docker("ps", "--all", "--quiet", "--filter", "label=com.docker.compose.project=" + PROJECT,
                "--filter", "label=com.docker.compose.service=" + service);
    }

    private static String token(String demoUser) {
        return compose(30, "token", demoUser);
    }

    /** infra/compose/ascend-compose, as the operations guide runs it; its progress goes to the test's output. */
    private static String compose(int timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("infra/compose/ascend-compose").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("ASCEND_COMPOSE_PROJECT", PROJECT,
                "ASCEND_GATEWAY_PORT", String.valueOf(GATEWAY_PORT), "ASCEND_IDENTITY_PORT", String.valueOf(IDENTITY_PORT),
                "ASCEND_COMPOSE_ENV_FILE", Path.of("target/compose-test.env").toAbsolutePath().toString()));
        return run(builder, timeoutSeconds, !"token".equals(args[0]));
    }

    private static String docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), 120, false);
    }

    private static String run(ProcessBuilder builder, int timeoutSeconds, boolean echo) {
        try {
            Path output = Files.createTempFile("compose-test", ".log");
            Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(new File("/dev/null")).start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String printed = Files.readString(output);
            Files.delete(output);
            if (echo) {
                System.out.print(printed);
            }
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", builder.command()) + " did not finish in " + timeoutSeconds + " s:\n" + printed);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", builder.command()) + " failed (" + process.exitValue() + "):\n" + printed);
            }
            return printed.strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
