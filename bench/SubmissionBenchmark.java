import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark (not a test) of application submissions through the gateway, beside pgbench doing the
 * same inserts straight into PostgreSQL, at the same fixed rates and the same concurrency.
 *
 * <p>Both sides are open-loop at a fixed rate: each of {@code clients} workers starts its requests on
 * a fixed schedule, and latency is measured from the scheduled start (pgbench's own definition with
 * {@code --rate}), so a slow response delays the clock, not the load (no coordinated omission).
 * pgbench spaces its starts as a Poisson process around the same mean rate; ours are evenly spaced.
 * The first rate also warms the JVMs up: run it twice, or read it with that in mind.
 *
 * <p>Usage (the platform must be running; bench/submissions.sh starts one):
 * {@code java bench/SubmissionBenchmark.java [rates=10,25,50] [clients=8] [seconds=20]}
 */
public class SubmissionBenchmark {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String ISSUER = "http://127.0.0.1:9000";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    record Result(String side, int rate, int sent, int ok, double seconds, double p50, double p99, double max) {

        double throughput() {
            return ok / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream((args.length > 0 ? args[0] : "10,25,50").split(",")).mapToInt(Integer::parseInt).toArray();
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String intakeId = openIntake(token("programme-manager"));
        int needed = Arrays.stream(rates).map(r -> r * seconds).sum();
        List<String> applicants = applicantTokens(needed);

        List<Result> http = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int rate : rates) {
            System.out.printf("HTTP: %d submissions/s, %d clients, %d s...%n", rate, clients, seconds);
            http.add(fixedRate("gateway", rate, clients, seconds,
                    () -> submit(intakeId, applicants.get(next.getAndIncrement()))));
        }
        List<Result> pgbench = new Pgbench(intakeId).run(rates, clients, seconds);
        report(http, pgbench, clients);
    }

    /** Runs {@code rate × seconds} calls from {@code clients} threads on a fixed schedule; a call returns true if it succeeded. */
    static Result fixedRate(String side, int rate, int clients, int seconds, java.util.concurrent.Callable<Boolean> call)
            throws Exception {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        long start = System.nanoTime() + 200_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int i = worker; i < total; i += clients) {
                    long scheduled = start + i * intervalNanos;
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (call.call()) {
                        ok.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - scheduled);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return result(side, rate, total, ok.get(), elapsed, latencies.stream().mapToLong(Long::longValue).toArray());
    }

    static Result result(String side, int rate, int sent, int ok, double seconds, long[] latencyNanos) {
        Arrays.sort(latencyNanos);
        return new Result(side, rate, sent, ok, seconds, percentile(latencyNanos, 50), percentile(latencyNanos, 99),
                latencyNanos.length == 0 ? 0 : latencyNanos[latencyNanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    static boolean submit(String intakeId, String applicantToken) throws Exception {
        String email = "bench-" + java.util.UUID.randomUUID() + "@nhs.example";
        String body = """
                {"applicantEmail":"%s","givenName":"Bench","familyName":"Applicant","regionCode":"Y63","band":"8c",
                 "organisationCode":"RR8","organisationType":"ACUTE_TRUST","profession":"HR_AND_ORGANISATIONAL_DEVELOPMENT",
                 "currentRole":"Deputy Director of People"}""".formatted(email);
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/recruitment/intakes/" + intakeId + "/applications"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + applicantToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 201;
    }

    static String openIntake(String managerToken) throws Exception {
        String scheme = post("/api/recruitment/schemes", managerToken,
                "{\"name\":\"Benchmark scheme\",\"ownerBody\":\"Ascend bench\",\"targetCohortSize\":20}");
        Instant now = Instant.now();
        String intake = post("/api/recruitment/schemes/" + scheme + "/intakes", managerToken,
                "{\"name\":\"Benchmark intake\",\"places\":20,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                        .formatted(now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        post("/api/recruitment/intakes/" + intake + "/open", managerToken, "");
        return intake;
    }

    static String post(String path, String token, String json) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() >= 300 || !id.find()) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    /** One distinct applicant per submission (one application per person per intake), fetched before timing. */
    static List<String> applicantTokens(int count) throws Exception {
        System.out.printf("Fetching %d applicant tokens from the local identity provider...%n", count);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String user = "bench-applicant-" + i;
            tokens.add(pool.submit(() -> token(user)));
        }
        List<String> result = new ArrayList<>();
        for (Future<String> token : tokens) {
            result.add(token.get());
        }
        pool.shutdown();
        return result;
    }

    static String token(String demoUser) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("demo-" + demoUser + ":demo").getBytes(StandardCharsets.UTF_8));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No token for " + demoUser + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    static void report(List<Result> http, List<Result> pgbench, int clients) {
        System.out.printf("%nApplication submissions, %d clients, fixed rate (latency from scheduled start, ms)%n", clients);
        System.out.printf("%-9s %6s %6s %10s %9s %9s %9s%n", "side", "rate/s", "ok", "done/s", "p50", "p99", "max");
        for (int i = 0; i < http.size(); i++) {
            for (Result r : pgbench.isEmpty() ? List.of(http.get(i)) : List.of(http.get(i), pgbench.get(i))) {
                System.out.printf("%-9s %6d %6d %10.1f %9.2f %9.2f %9.2f%n", r.side(), r.rate(), r.ok(), r.throughput(),
                        r.p50(), r.p99(), r.max());
            }
            if (!pgbench.isEmpty()) {
                Result h = http.get(i);
                Result p = pgbench.get(i);
                System.out.printf("%-9s %6d %6s %9.2fx %8.1fx %8.1fx%n", "ratio", h.rate(), "", h.throughput() / p.throughput(),
                        h.p50() / p.p50(), h.p99() / p.p99());
            }
        }
        System.out.println("""

                ratio = gateway / pgbench: throughput near 1.00x means the platform keeps up with the offered rate as the
                database alone does; the latency ratios are what the gateway, token checks, validation, screening,
                audit and outbox add to the same inserts.""");
    }

    /** The same writes a submission makes (application, three outbox records with their stream numbers, an audit record), by pgbench. */
    static final class Pgbench {

        private final String intakeId;
        private final Map<String, String> environment = Map.of("PGPASSWORD", "ascend");

        Pgbench(String intakeId) {
            this.intakeId = intakeId;
        }

        List<Result> run(int[] rates, int clients, int seconds) throws Exception {
            Path pgbench = find("pgbench");
            Path psql = find("psql");
            if (pgbench == null || psql == null) {
                System.out.println("\npgbench/psql not found (set PGBIN, or install the PostgreSQL client, e.g. apt install "
                        + "postgresql-client): showing the gateway side only.");
                return List.of();
            }
            Path work = Files.createTempDirectory("ascend-pgbench");
            psql(psql, """
                    DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench;
                    CREATE TABLE bench.application (LIKE public.application INCLUDING ALL);
                    ALTER TABLE bench.application ADD FOREIGN KEY (intake_id) REFERENCES public.intake (id);
                    CREATE TABLE bench.outbox_record (LIKE public.outbox_record INCLUDING ALL);
                    CREATE TABLE bench.event_stream (LIKE public.event_stream INCLUDING ALL);
                    CREATE TABLE bench.audit_record (LIKE public.audit_record INCLUDING ALL);""");
            Path script = work.resolve("submit.sql");
            Files.writeString(script, """
                    BEGIN;
                    INSERT INTO bench.application (id, intake_id, applicant_subject, applicant_email, given_name, family_name,
                        region_code, band, organisation_code, organisation_type, profession, job_title, answers, endorsement,
                        status, submitted_at, version, eligible, eligibility_reasons)
                    VALUES (gen_random_uuid(), '%s', 'bench-' || gen_random_uuid(), gen_random_uuid() || '@nhs.example', 'Bench',
                        'Applicant', 'Y63', '8c', 'RR8', 'ACUTE_TRUST', 'HR_AND_ORGANISATIONAL_DEVELOPMENT',
                        'Deputy Director of People', '{}', 'NOT_REQUESTED', 'SUBMITTED', now(), 2, true, '');
                    INSERT INTO bench.event_stream (topic, stream_key, last_sequence)
                    SELECT topic, key, 1 FROM (SELECT gen_random_uuid()::text AS key) k,
                        unnest(ARRAY['application', 'conflict']) AS topic;
                    INSERT INTO bench.outbox_record (id, status, record_key, record_type, payload, context, created_at,
                        failure_count, next_retry_at, partition_no, handler_id)
                    SELECT gen_random_uuid()::text, 'NEW', gen_random_uuid()::text, 'ApplicationSubmitted',
                        repeat('x', 300) || gen_random_uuid(), '{"streamsequence":"1","correlationid":"c"}', now(), 0, now(),
                        0, 'KafkaEventSender'
                    FROM generate_series(1, 3);
                    INSERT INTO bench.audit_record (actor, actor_roles, action, resource, outcome, correlation_id)
                    VALUES ('bench', 'applicant', 'application.submit', '/api/recruitment/intakes', 201, gen_random_uuid()::text);
                    COMMIT;
                    """.formatted(intakeId));
            List<Result> results = new ArrayList<>();
            try {
                for (int rate : rates) {
                    System.out.printf("pgbench: %d transactions/s, %d clients, %d s...%n", rate, clients, seconds);
                    results.add(pgbench(pgbench, work, script, rate, clients, seconds));
                }
            } finally {
                psql(psql, "DROP SCHEMA bench CASCADE;");
            }
            return results;
        }

        private Result pgbench(Path pgbench, Path work, Path script, int rate, int clients, int seconds) throws Exception {
            // Each run logs to a folder of its own: with one shared folder, a rate given twice ("25,25") read both runs' logs.
            Path runLogs = Files.createTempDirectory(work, "rate" + rate + "-");
            String prefix = "rate" + rate;
            run(runLogs, pgbench.toString(), "-n", "-h", "127.0.0.1", "-p", "15432", "-U", "ascend", "-c", String.valueOf(clients),
                    "-j", String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-R", String.valueOf(rate),
                    "-T", String.valueOf(seconds), "-l", "--log-prefix=" + prefix, "-f", script.toString(), "recruitment");
            // Per-transaction log: client, transaction, latency (µs), script, epoch s, epoch µs, schedule lag (µs).
            List<Long> latencies = new ArrayList<>();
            try (Stream<Path> logs = Files.list(runLogs)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(prefix + ".")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] f = line.split(" ");
                        if (f.length >= 7 && !f[2].equals("skipped")) {
                            latencies.add((Long.parseLong(f[2]) + Long.parseLong(f[6])) * 1000);
                        }
                    }
                }
            }
            return result("pgbench", rate, rate * seconds, latencies.size(), seconds,
                    latencies.stream().mapToLong(Long::longValue).toArray());
        }

        private void psql(Path psql, String sql) throws Exception {
            run(null, psql.toString(), "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "15432", "-U", "ascend",
                    "-d", "recruitment", "-c", sql);
        }

        private void run(Path directory, String... command) throws Exception {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        }

        private static Path find(String tool) throws IOException {
            List<Path> candidates = new ArrayList<>();
            if (System.getenv("PGBIN") != null) {
                candidates.add(Path.of(System.getenv("PGBIN"), tool));
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                candidates.add(Path.of(dir, tool));
            }
            Path versions = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(versions)) {
                try (Stream<Path> installed = Files.list(versions)) {
                    installed.sorted(java.util.Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin").resolve(tool)));
                }
            }
            return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
        }
    }
}
