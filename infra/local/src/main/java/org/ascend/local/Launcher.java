package org.ascend.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.ascend.kafka.tools.DeadLetterReplay;
import org.ascend.kafka.tools.KafkaAcls;
import org.ascend.local.infra.KafkaSecurity;
import org.ascend.local.infra.KafkaUsers;
import org.ascend.local.infra.Ports;
import org.ascend.local.infra.Postgres.Durability;

/**
 * {@code ./ascend up|down|status}: the whole platform on this machine, no Docker. See README.
 */
public final class Launcher {

    /** A service that stops this often within the window is left stopped: restarting it again would not help. */
    private static final int CRASH_LOOP_RESTARTS = 5;
    private static final Duration CRASH_LOOP_WINDOW = Duration.ofMinutes(5);

    private final LocalLayout layout = LocalLayout.fromEnvironment();

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        var launcher = new Launcher();
        int code = switch (command) {
            case "up" -> flags.contains("--detach") ? launcher.upDetached(flags) : launcher.up(flags);
            case "down" -> launcher.down();
            case "status" -> launcher.status();
            case "token" -> DemoTokens.print(flags);
            case "report" -> org.ascend.local.demo.DemoReport.run(flags, "http://127.0.0.1:" + LocalPorts.GATEWAY);
            case "kafka-client" -> launcher.kafkaClient(flags);
            case "replay-dead-letters" -> launcher.replayDeadLetters(flags);
            default -> help();
        };
        System.exit(code);
    }

    private int up(List<String> flags) throws Exception {
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isPresent()) {
            System.err.println("Ascend is already running (launcher pid " + running.get().pid() + ")."
                    + " See it with ./ascend status; stop it with ./ascend down.");
            return 1;
        }
        if (flags.contains("--wipe")) {
            wipe();
        }
        Files.createDirectories(layout.home());
        deleteQuietly(layout.stateFile()); // left by a launcher that was killed
        Files.writeString(layout.pidFile(), String.valueOf(ProcessHandle.current().pid()));
        System.out.println("Starting Ascend (Java " + Runtime.version() + "), data in " + layout.data());
        Instant began = Instant.now();
        var stack = new LocalStack(layout, flags.contains("--demo"), flags.contains("--fast-unsafe")
                ? Durability.FAST_UNSAFE : Durability.DURABLE);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Ascend...");
            stack.stop();
            deleteQuietly(layout.pidFile());
            deleteQuietly(layout.stateFile());
            System.out.println("Stopped. Data kept in " + layout.data() + " (./ascend up --wipe starts afresh).");
            stopped.countDown();
        }, "ascend-shutdown"));
        try {
            List<ServiceSpec> specs = stack.start();
            printTable(specs, Duration.between(began, Instant.now()), flags.contains("--background"));
            writeState(stack); // last: a detached start treats the state file as "ready"
        } catch (RuntimeException e) {
            System.err.println("\nAscend could not start: " + e.getMessage());
            return 1; // the shutdown hook stops whatever did start
        }
        watch(stack);
        stopped.await();
        return 0;
    }

    /** Runs {@code up} in a background process and returns once it is ready (or has failed). */
    private int upDetached(List<String> flags) throws Exception {
        if (runningLauncher().isPresent()) {
            return up(flags);
        }
        if (flags.contains("--wipe")) {
            wipe(); // here, not in the background process: it would delete the log being followed
        }
        Files.createDirectories(layout.logs());
        deleteQuietly(layout.stateFile()); // left by a launcher that was killed
        Path log = layout.log("launcher");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", // as ./ascend starts the launcher
                "-Dascend.repository=" + layout.repository(),
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=" + System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "up", "--background"));
        flags.stream().filter(flag -> !flag.equals("--detach") && !flag.equals("--wipe")).forEach(command::add);
        Process background = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        System.out.println("Starting Ascend in the background (launcher pid " + background.pid() + ", log " + log + ")");
        long printed = 0;
        while (background.isAlive() && !Files.exists(layout.stateFile())) {
            printed = echoNewLines(log, printed);
            Thread.sleep(500);
        }
        echoNewLines(log, printed);
        if (!background.isAlive()) {
            System.err.println("Ascend did not start; see " + log);
            return 1;
        }
        return 0;
    }

    private int down() throws InterruptedException {
        Optional<ProcessHandle> launcher = runningLauncher();
        if (launcher.isEmpty()) {
            System.out.println("Ascend is not running.");
            return 0;
        }
        System.out.println("Stopping Ascend (launcher pid " + launcher.get().pid() + ")..." + (recordingCaches()
                ? " The services are writing their start-up caches (first stop after a build): up to a minute." : ""));
        launcher.get().destroy();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4)); // services get 30 s, or 150 s to write their cache
        while (running(launcher.get()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        if (running(launcher.get())) {
            System.err.println("The launcher did not stop in 4 minutes; killing it and its processes.");
            launcher.get().descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.get().destroyForcibly();
        }
        System.out.println("Stopped.");
        return 0;
    }

    /** A recording was prepared (its stamp written) and its cache not yet written: it is written as the service stops. */
    private boolean recordingCaches() {
        try (Stream<Path> stamps = Files.list(layout.aot())) {
            return stamps.map(Path::toString).filter(name -> name.endsWith(".aot.stamp"))
                    .anyMatch(stamp -> !Files.exists(Path.of(stamp.substring(0, stamp.length() - ".stamp".length()))));
        } catch (IOException noCachesYet) {
            return false;
        }
    }

    private int status() throws IOException {
        Optional<ProcessHandle> launcher = runningLauncher();
        if (launcher.isEmpty()) {
            System.out.println("Ascend is not running. Start it with ./ascend up");
            return 3;
        }
        Properties state = readState();
        System.out.println("Ascend is running (launcher pid " + launcher.get().pid() + ")");
        System.out.printf("  %-20s %-8s %-26s %-8s %s%n", "service", "pid", "url", "health", "log");
        for (ServiceSpec spec : LocalStack.serviceSpecs(null, "", null, false, null)) {
            System.out.printf("  %-20s %-8s %-26s %-8s %s%n", spec.name(), state.getProperty(spec.name() + ".pid", "-"),
                    spec.url(), ServiceProcess.healthy(spec) ? "UP" : "DOWN", layout.log(spec.name()));
        }
        for (String name : List.of("postgresql", "kafka", "redis")) {
            int port = Integer.parseInt(state.getProperty(name + ".port", "0"));
            String pid = state.getProperty(name + ".pid", "-");
            boolean alive = !pid.equals("-") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
            System.out.printf("  %-20s %-8s %-26s %-8s %s%n", name, pid, "127.0.0.1:" + port,
                    alive && Ports.listening(port) ? "UP" : "DOWN",
                    name.equals("redis") ? "-" : layout.log(name.equals("postgresql") ? "postgres" : name));
        }
        return 0;
    }

    /** A Kafka client configuration for one of the local broker's users, e.g. a regional system. */
    private int kafkaClient(List<String> args) {
        if (!Files.exists(layout.kafkaUsersFile())) {
            System.err.println("No Kafka users yet: start Ascend once with ./ascend up.");
            return 1;
        }
        String user = args.isEmpty() ? KafkaAcls.REGIONAL_SYSTEM : args.get(0);
        if (!KafkaUsers.USERS.contains(user)) {
            System.err.println("Unknown Kafka user '" + user + "'. Users: " + String.join(", ", KafkaUsers.USERS));
            return 2;
        }
        KafkaSecurity users = KafkaUsers.loadOrCreate(layout.kafkaUsersFile());
        System.out.println("# Kafka client settings for '" + user + "' on the local broker. Save them to a file and pass it to");
        System.out.println("# any Kafka client, e.g. kafka-console-consumer.sh --consumer.config <file> --bootstrap-server 127.0.0.1:"
                + LocalPorts.KAFKA + " --topic ascend.recruitment.application.v1 --group regional-demo --from-beginning");
        if (user.equals(KafkaAcls.REGIONAL_SYSTEM)) {
            System.out.println("# A regional system reads public topics only (restricted ones are refused), in groups named regional-*.");
        }
        System.out.println("bootstrap.servers=127.0.0.1:" + LocalPorts.KAFKA);
        users.clientProperties(user).forEach((key, value) -> System.out.println(key + "=" + value));
        return 0;
    }

    /** {@code ./ascend replay-dead-letters <topic>.dlt [--dry-run]}: the ops tool, as the local broker's admin. */
    private int replayDeadLetters(List<String> args) {
        if (args.isEmpty() || !args.get(0).endsWith(".dlt")) {
            System.err.println("Name the dead-letter topic: ./ascend replay-dead-letters ascend.recruitment.application.v1.dlt [--dry-run]");
            return 2;
        }
        if (!Files.exists(layout.kafkaUsersFile())) {
            System.err.println("No Kafka users yet: start Ascend once with ./ascend up.");
            return 1;
        }
        var connection = new java.util.Properties();
        connection.putAll(KafkaUsers.loadOrCreate(layout.kafkaUsersFile()).clientProperties(KafkaUsers.ADMIN));
        connection.put("bootstrap.servers", "127.0.0.1:" + LocalPorts.KAFKA);
        try {
            new DeadLetterReplay(connection, System.out::println).replay(args.get(0), args.contains("--dry-run"));
            return 0;
        } catch (org.apache.kafka.common.KafkaException | IllegalStateException e) {
            System.err.println("Could not replay " + args.get(0) + ": " + e.getMessage()
                    + ". Is this the Ascend that runs (./ascend status)?");
            return 1;
        }
    }

    private static int help() {
        System.out.println("""
                Usage: ./ascend <command>
                  up [--detach] [--wipe] [--demo] [--fast-unsafe]
                                          start the whole platform (Ctrl+C stops it; --detach returns when ready;
                                          --wipe deletes all local data first; --demo seeds demo schemes and
                                          applicants once: ADoW cohort 4, an HPS pilot, Stepping Up;
                                          --fast-unsafe runs PostgreSQL without fsync, for tests: a crash of
                                          this machine can then lose writes the platform acknowledged)
                  down                    stop a running platform
                  status                  show what runs, with health and log files
                  kafka-client [user]     print a Kafka client configuration (default: regional-system; also
                                          admin, recruitment-service, assessment-service, cohort-service,
                                          reporting-service): the local broker needs SASL credentials
                  replay-dead-letters <topic>.dlt [--dry-run]
                                          send a dead-letter topic's records back to their topic, once the cause
                                          is fixed (--dry-run lists them and why each failed)
                  report <stocktake|intake|end-of-year> [--audience=...] [--year=2018/19] [--out=file.pdf]
                                          generate a report as the demo programme manager, show its progress and
                                          save its PDF (./ascend report with no kind lists the options)
                  token <role>            print an access token for that role's demo user, e.g.
                                          curl -H "Authorization: Bearer $(./ascend token programme-manager)" ...
                                          roles: applicant, sponsor, assessor, moderator, programme-manager,
                                          regional-lead (or regional-lead-y56 ... -y63), analyst, platform-admin""");
        return 2;
    }

    /**
     * Restarts a service (or the broker) that stopped on its own, unless a service keeps crashing: then it says so and
     * leaves it stopped.
     */
    private void watch(LocalStack stack) {
        Thread watcher = new Thread(() -> {
            Map<String, List<Instant>> restarts = new HashMap<>();
            Set<String> givenUp = new HashSet<>();
            while (!stack.stopping()) {
                if (stack.restartKafkaIfStopped()) {
                    writeStateQuietly(stack);
                }
                for (ServiceProcess service : stack.services()) {
                    String name = service.spec().name();
                    if (service.alive() || givenUp.contains(name)) {
                        continue;
                    }
                    List<Instant> recent = restarts.computeIfAbsent(name, n -> new ArrayList<>());
                    recent.removeIf(at -> at.isBefore(Instant.now().minus(CRASH_LOOP_WINDOW)));
                    if (recent.size() >= CRASH_LOOP_RESTARTS) {
                        givenUp.add(name);
                        System.err.println("  ! " + name + " stopped " + (CRASH_LOOP_RESTARTS + 1) + " times in "
                                + CRASH_LOOP_WINDOW.toMinutes() + " minutes; not restarting it again. See "
                                + layout.log(name) + ", then ./ascend down and up.");
                        continue;
                    }
                    System.err.println("  ! " + name + " stopped unexpectedly (exit code " + service.exitCode()
                            + "); restarting it. See " + layout.log(name));
                    if (stack.restart(service)) {
                        recent.add(Instant.now());
                        writeStateQuietly(stack);
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "ascend-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void printTable(List<ServiceSpec> specs, Duration took, boolean background) {
        System.out.printf("%nAscend is up in %.1f s.%n%n", took.toMillis() / 1000.0);
        System.out.printf("  %-20s %-36s %s%n", "service", "url", "log");
        for (ServiceSpec spec : specs) {
            System.out.printf("  %-20s %-36s %s%n", spec.name(), spec.url(), relative(layout.log(spec.name())));
        }
        System.out.printf("  %-20s %-36s %s%n", "postgresql", "127.0.0.1:" + LocalPorts.POSTGRES, relative(layout.log("postgres")));
        System.out.printf("  %-20s %-36s %s%n", "kafka", "127.0.0.1:" + LocalPorts.KAFKA, relative(layout.log("kafka")));
        System.out.printf("  %-20s %-36s %s%n", "redis", "127.0.0.1:" + LocalPorts.REDIS, "-");
        System.out.printf("%nAPI: http://127.0.0.1:%d/api/...  (README has a curl walk-through). %s%n", LocalPorts.GATEWAY,
                background ? "It runs in the background: ./ascend down stops it."
                        : "Ctrl+C here (or ./ascend down elsewhere) stops it.");
        System.out.printf("Kafka needs credentials: ./ascend kafka-client regional-system prints a client configuration.%n");
    }

    private Path relative(Path path) {
        return path.startsWith(layout.repository()) ? layout.repository().relativize(path) : path;
    }

    private Optional<ProcessHandle> runningLauncher() {
        try {
            if (!Files.exists(layout.pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(layout.pidFile()).trim());
            return ProcessHandle.of(pid).filter(Launcher::running)
                    .filter(handle -> handle.pid() != ProcessHandle.current().pid());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Alive and not a zombie: an exited launcher nobody reaped still "isAlive" to Java. */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true; // no /proc (not Linux): trust isAlive
        }
    }

    private void writeStateQuietly(LocalStack stack) {
        try {
            writeState(stack);
        } catch (IOException e) {
            System.err.println("  ! could not update " + layout.stateFile() + ": " + e.getMessage());
        }
    }

    private void writeState(LocalStack stack) throws IOException {
        Properties state = new Properties();
        stack.services().forEach(service -> state.setProperty(service.spec().name() + ".pid", String.valueOf(service.pid())));
        stack.infrastructureProcesses().forEach((name, pidAndPort) -> {
            state.setProperty(name + ".pid", pidAndPort[0] < 0 ? "-" : String.valueOf(pidAndPort[0]));
            state.setProperty(name + ".port", String.valueOf(pidAndPort[1]));
        });
        state.setProperty("gateway.url", "http://127.0.0.1:" + LocalPorts.GATEWAY);
        try (Writer writer = Files.newBufferedWriter(layout.stateFile())) {
            state.store(writer, "Ascend local stack: written once every service is ready");
        }
    }

    private Properties readState() throws IOException {
        Properties state = new Properties();
        if (Files.exists(layout.stateFile())) {
            try (Reader reader = Files.newBufferedReader(layout.stateFile())) {
                state.load(reader);
            }
        }
        return state;
    }

    private void wipe() throws IOException {
        if (!Files.exists(layout.home())) {
            return;
        }
        System.out.println("Wiping " + layout.home() + " (keeping the start-up caches in " + layout.aot() + ")");
        try (Stream<Path> paths = Files.walk(layout.home())) {
            paths.filter(path -> !path.startsWith(layout.aot())).sorted(Comparator.reverseOrder())
                    .forEach(Launcher::deleteQuietly);
        }
    }

    private static long echoNewLines(Path log, long alreadyPrinted) throws IOException {
        if (!Files.exists(log)) {
            return alreadyPrinted;
        }
        List<String> lines = Files.readAllLines(log);
        for (int i = (int) alreadyPrinted; i < lines.size(); i++) {
            System.out.println(lines.get(i));
        }
        return lines.size();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort on the way out
        }
    }
}
