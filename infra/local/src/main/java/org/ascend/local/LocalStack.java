package org.ascend.local;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import java.util.HashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.ascend.local.demo.DemoProgrammes;
import org.ascend.kafka.tools.KafkaAcls;
import org.ascend.local.infra.ChildProcesses;
import org.ascend.local.infra.KafkaBroker;
import org.ascend.local.infra.KafkaSecurity;
import org.ascend.local.infra.KafkaUsers;
import org.ascend.local.infra.Ports;
import org.ascend.local.infra.Postgres;
import org.ascend.local.infra.Redis;

/** Starts and stops the whole platform: infrastructure first, then services, then the gateway. */
final class LocalStack {

    private static final List<String> DATABASES = List.of("recruitment", "assessment", "cohort", "reporting");
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(4);

    private final LocalLayout layout;
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    /** Infrastructure name to its pid and port, for ./ascend status. */
    private final Map<String, long[]> infrastructureProcesses = new LinkedHashMap<>();
    // The watcher thread restarts services while ./ascend status and the shutdown hook read them.
    private final List<ServiceProcess> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private AotCache aot;
    private KafkaBroker kafka;
    private java.util.function.Supplier<KafkaBroker> startKafka;
    private volatile boolean stopping;
    private final boolean demo;
    private final Postgres.Durability durability;

    LocalStack(LocalLayout layout, boolean demo, Postgres.Durability durability) {
        this.layout = layout;
        this.demo = demo;
        this.durability = durability;
    }

    /** {@code demo}: recruitment seeds the seed documents' schemes and applicants on start. */
    static List<ServiceSpec> serviceSpecs(Postgres postgres, String kafka, KafkaSecurity kafkaUsers, boolean demo,
            java.nio.file.Path data) {
        java.nio.file.Path identityKeys = data == null ? null : data.resolve("identity-keys");
        List<ServiceSpec> specs = new ArrayList<>();
        Map<String, String> identity = new java.util.HashMap<>(Map.of("ASCEND_ISSUER", issuer()));
        if (identityKeys != null) {
            // The signing keys live with the rest of the local data: a restart keeps everyone signed in; --wipe resets.
            identity.put("ASCEND_IDENTITY_KEYS_DIR", identityKeys.toString());
        }
        specs.add(new ServiceSpec("identity", "infra/identity", LocalPorts.IDENTITY, null, identity));
        ServiceSpec recruitment = service("recruitment-service", LocalPorts.RECRUITMENT, "recruitment", postgres, kafka, kafkaUsers, data);
        if (demo) {
            recruitment.environment().put("ASCEND_DEMO_SEED", "true");
        }
        specs.add(recruitment);
        specs.add(service("assessment-service", LocalPorts.ASSESSMENT, "assessment", postgres, kafka, kafkaUsers, data));
        specs.add(service("cohort-service", LocalPorts.COHORT, "cohort", postgres, kafka, kafkaUsers, data));
        specs.add(service("reporting-service", LocalPorts.REPORTING, "reporting", postgres, kafka, kafkaUsers, data));
        specs.add(new ServiceSpec("gateway", "gateway", LocalPorts.GATEWAY, null, Map.of(
                "ASCEND_ISSUER", issuer(), "ASCEND_JWKS_URI", issuer() + "/oauth2/jwks",
                "ASCEND_REDIS_PORT", String.valueOf(LocalPorts.REDIS),
                "ASCEND_GATEWAY_MANAGEMENT_PORT", String.valueOf(LocalPorts.GATEWAY_MANAGEMENT),
                "ASCEND_RECRUITMENT_URL", "http://127.0.0.1:" + LocalPorts.RECRUITMENT,
                "ASCEND_ASSESSMENT_URL", "http://127.0.0.1:" + LocalPorts.ASSESSMENT,
                "ASCEND_COHORT_URL", "http://127.0.0.1:" + LocalPorts.COHORT,
                "ASCEND_REPORTING_URL", "http://127.0.0.1:" + LocalPorts.REPORTING)));
        return specs;
    }

    /** {@code kafkaUsers}: each service signs in to the broker as its own principal (null: no credentials shown). */
    private static ServiceSpec service(String name, int port, String database, Postgres postgres, String kafka,
            KafkaSecurity kafkaUsers, java.nio.file.Path data) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ASCEND_DB_URL", postgres == null ? "" : postgres.jdbcUrl(database));
        env.put("ASCEND_DB_USER", Postgres.USER);
        env.put("ASCEND_DB_PASSWORD", Postgres.PASSWORD);
        env.put("ASCEND_KAFKA", kafka);
        env.put("ASCEND_INSTANCE_ID", "local-" + name); // one instance each, the same across restarts
        if (data != null) {
            env.put("ASCEND_AUDIT_SPOOL_DIR", data.resolve("audit-spool").resolve(name).toString());
        }
        if (kafkaUsers != null) {
            env.putAll(kafkaUsers.serviceEnvironment(name));
        }
        env.put("ASCEND_ISSUER", issuer());
        env.put("ASCEND_JWKS_URI", issuer() + "/oauth2/jwks");
        return new ServiceSpec(name, name, port, database, env);
    }

    static String issuer() {
        return "http://127.0.0.1:" + LocalPorts.IDENTITY;
    }

    /** Brings everything up and waits until every service reports ready; returns the specs started. */
    List<ServiceSpec> start() throws Exception {
        Files.createDirectories(layout.logs());
        Files.createDirectories(layout.data());
        checkPortsFree();
        Instant began = Instant.now();

        step("PostgreSQL 17 on 127.0.0.1:" + LocalPorts.POSTGRES + (durability == Postgres.Durability.DURABLE ? ""
                : " in FAST-UNSAFE mode (fsync off): a crash of this machine can lose acknowledged writes; for tests only"));
        // The database and the broker start side by side: neither needs the other, and each waits on its own start.
        var startingPostgres = java.util.concurrent.CompletableFuture.supplyAsync(() -> Postgres.start(
                layout.data().resolve("postgres"), LocalPorts.POSTGRES, layout.log("postgres"), DATABASES, durability));
        step("Kafka (KRaft) on 127.0.0.1:" + LocalPorts.KAFKA + ", SASL with the deployment's ACLs");
        KafkaSecurity kafkaUsers = KafkaUsers.loadOrCreate(layout.kafkaUsersFile());
        startKafka = () -> KafkaBroker.start(layout.data().resolve("kafka"), LocalPorts.KAFKA,
                LocalPorts.KAFKA_CONTROLLER, layout.log("kafka"), kafkaUsers);
        // Each is registered as soon as it is up, so that if the other fails to start, stop() stops it too.
        Postgres postgres;
        try {
            kafka = startKafka.get();
            infrastructure.add(kafka);
            infrastructureProcesses.put("kafka", new long[] {kafka.pid(), LocalPorts.KAFKA});
        } finally {
            postgres = await(startingPostgres);
            infrastructure.add(postgres);
            infrastructureProcesses.put("postgresql", new long[] {postgres.pid(), LocalPorts.POSTGRES});
        }
        applyAcls(kafka.bootstrapServers(), kafkaUsers);
        step("Redis on 127.0.0.1:" + LocalPorts.REDIS);
        Redis redis = Redis.start(LocalPorts.REDIS);
        infrastructure.add(redis);
        infrastructureProcesses.put("redis", new long[] {redis.pid(), LocalPorts.REDIS});

        List<ServiceSpec> specs = serviceSpecs(postgres, kafka.bootstrapServers(), kafkaUsers, demo, layout.data());
        aot = AotCache.fromEnvironment(layout);
        for (ServiceSpec spec : specs) {
            services.add(launch(spec));
        }
        awaitHealthy(began);
        if (demo) {
            step(demoOutcome());
            step("demo programmes: assessing, offering and running the demo schemes' cohorts through the gateway...");
            Instant seeding = Instant.now();
            new DemoProgrammes("http://127.0.0.1:" + LocalPorts.GATEWAY, LocalStack::step).seed();
            step("demo programmes: done in " + Duration.between(seeding, Instant.now()).toSeconds() + " s");
        }
        return specs;
    }

    /** The started server; its start's own failure if it failed. */
    private static Postgres await(java.util.concurrent.CompletableFuture<Postgres> starting) {
        try {
            return starting.join();
        } catch (java.util.concurrent.CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** What recruitment said about seeding (it seeds before it reports ready), from its log. */
    private String demoOutcome() {
        try (Stream<String> lines = Files.lines(layout.log("recruitment-service"))) {
            return lines.filter(line -> line.contains("Demo data: ") && !line.contains("seeding"))
                    .reduce((first, second) -> second)
                    .map(line -> line.replaceAll(".*\"Demo data: ([^\"]*)\".*", "demo data: $1"))
                    .orElse("demo data: recruitment did not say whether it seeded anything; see " + layout.log("recruitment-service"));
        } catch (java.io.IOException e) {
            return "demo data: could not read " + layout.log("recruitment-service");
        }
    }

    /** The same ACLs as a deployment (KafkaAcls is their one source), applied as the broker's admin. */
    private static void applyAcls(String bootstrap, KafkaSecurity users) throws Exception {
        Map<String, Object> admin = new HashMap<>(users.clientProperties(KafkaUsers.ADMIN));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            KafkaAcls.apply(client);
        }
    }

    private void awaitHealthy(Instant began) {
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.alive()) {
                    throw new IllegalStateException(service.spec().name() + " stopped while starting; see "
                            + layout.log(service.spec().name()));
                }
                if (ServiceProcess.healthy(service.spec())) {
                    waiting.remove(service);
                    step(service.spec().name() + " is ready ("
                            + Duration.between(began, Instant.now()).toMillis() / 100 / 10.0 + " s)");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not ready after " + HEALTH_TIMEOUT.toMinutes() + " min: "
                        + waiting.stream().map(s -> s.spec().name() + " (log " + layout.log(s.spec().name()) + ")").toList());
            }
            sleep(500);
        }
    }

    private ServiceProcess launch(ServiceSpec spec) {
        List<String> options = new ArrayList<>(jvmOptions());
        AotCache.Plan plan = aot.plan(spec, options);
        step("starting " + spec.name() + " on port " + spec.port() + plan.describe());
        options.addAll(plan.jvmOptions());
        return ServiceProcess.start(spec, layout, options, plan.jar(), plan.step() == AotCache.Step.RECORD);
    }

    /**
     * Starts a service again after it stopped on its own, as an orchestrator restarts a crashed container: same
     * port, same identity (its Kafka consumers rejoin as the same static members), same log. False once stopping.
     */
    synchronized boolean restart(ServiceProcess stopped) {
        if (stopping) {
            return false;
        }
        services.set(services.indexOf(stopped), launch(stopped.spec()));
        return true;
    }

    /** Starts the broker again if it stopped on its own (same data, same port), as a broker pod is restarted. */
    synchronized boolean restartKafkaIfStopped() {
        if (stopping || kafka == null || kafka.alive()) {
            return false;
        }
        step("Kafka stopped unexpectedly; restarting it (log " + layout.log("kafka") + ")");
        KafkaBroker restarted = startKafka.get();
        infrastructure.set(infrastructure.indexOf(kafka), restarted);
        infrastructureProcesses.put("kafka", new long[] {restarted.pid(), LocalPorts.KAFKA});
        kafka = restarted;
        return true;
    }

    /** Services first, all at once (they finish requests and commit offsets), then infrastructure, newest first. */
    synchronized void stop() {
        stopping = true;
        if (!services.isEmpty()) {
            step(services.stream().anyMatch(ServiceProcess::recordingCache)
                    ? "stopping services (those starting for the first time since a build write their start-up cache: up to a minute)"
                    : "stopping services");
        }
        services.forEach(ServiceProcess::requestStop);
        services.forEach(ServiceProcess::awaitStop);
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                System.err.println("  ! could not stop cleanly: " + e.getMessage());
            }
        }
        services.clear();
        infrastructure.clear();
    }

    boolean stopping() {
        return stopping;
    }

    Map<String, long[]> infrastructureProcesses() {
        return infrastructureProcesses;
    }

    List<ServiceProcess> services() {
        return services;
    }

    private static List<String> jvmOptions() {
        // C1 only: six JVMs starting at once on a small machine start 15-23 s sooner without C2 compiling beside them,
        // at the price of steady-state speed (the gateway serves about half as many requests a second). Deployments
        // (images, Kubernetes) run both compilers; ASCEND_JAVA_OPTS=-XX:TieredStopAtLevel=4 does so here, as
        // bench/gateway.sh does (docs/performance.md).
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx384m"));
        options.addAll(ChildProcesses.leanOptions());
        options.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dspring.output.ansi.enabled=never"));
        String extra = System.getenv("ASCEND_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    private void checkPortsFree() {
        List<Integer> busy = Stream.of(LocalPorts.IDENTITY, LocalPorts.GATEWAY_MANAGEMENT, LocalPorts.POSTGRES, LocalPorts.KAFKA, LocalPorts.KAFKA_CONTROLLER,
                        LocalPorts.REDIS, LocalPorts.GATEWAY, LocalPorts.RECRUITMENT, LocalPorts.ASSESSMENT,
                        LocalPorts.COHORT, LocalPorts.REPORTING)
                .filter(Ports::listening).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) " + busy + " already in use. If Ascend runs elsewhere, stop it"
                    + " (./ascend down); otherwise stop what uses them or set ASCEND_GATEWAY_PORT, ASCEND_POSTGRES_PORT,"
                    + " ASCEND_KAFKA_PORT, ASCEND_REDIS_PORT.");
        }
    }

    static void step(String message) {
        System.out.println("  - " + message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
