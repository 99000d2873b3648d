package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * Real infrastructure for tests, started once per test JVM and shared by every Spring context. Two modes, chosen by
 * the system property or environment variable {@code ascend.test.infrastructure} / {@code ASCEND_TEST_INFRASTRUCTURE}
 * (docs/architecture.md):
 * <ul>
 * <li>{@code embedded} (the default): real binaries in this JVM's reach (zonky PostgreSQL 17, the spring-kafka-test
 * KRaft broker, embedded Redis);</li>
 * <li>{@code containers}: PostgreSQL and Kafka in Testcontainers ({@code postgres:17}, {@code apache/kafka:4.1.2}) on
 * whatever engine answers; where none does, {@link ContainerEngineCondition} skips the tests and says why.</li>
 * </ul>
 * The mode is asked for, never guessed: a machine that happens to have an engine runs the same tests as one without.
 * Test code is the same in both modes.
 */
public final class TestInfrastructure {

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static Database database;
    private static String kafkaBootstrap;
    private static Integer redisPort;

    private TestInfrastructure() {
    }

    public static final String POSTGRES_IMAGE = "postgres:17";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    /** True when the tests were asked to run on containers rather than embedded binaries. */
    public static boolean containers() {
        String mode = System.getProperty("ascend.test.infrastructure", System.getenv("ASCEND_TEST_INFRASTRUCTURE"));
        return "containers".equals(mode);
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static synchronized Database postgres() {
        if (database == null) {
            database = containers() ? postgresContainer() : embeddedPostgres();
        }
        return database;
    }

    /**
     * Points a Spring context at the shared PostgreSQL. The short connection timeout matters at JVM
     * exit: PostgreSQL's shutdown hook may stop the server before Spring's closes the context, and a
     * closing bean that still asks for a connection would otherwise wait 30 s.
     */
    public static void registerPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> postgres().username());
        registry.add("spring.datasource.password", () -> postgres().password());
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    public static synchronized String kafka() {
        if (kafkaBootstrap == null) {
            if (containers()) {
                var container = new KafkaContainer(KAFKA_IMAGE);
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                kafkaBootstrap = container.getBootstrapServers();
            } else {
                var broker = new EmbeddedKafkaKraftBroker(1, 3);
                broker.brokerProperty("auto.create.topics.enable", "true");
                broker.afterPropertiesSet();
                kafkaBootstrap = broker.getBrokersAsString();
            }
        }
        return kafkaBootstrap;
    }

    public static synchronized int redis() {
        if (redisPort == null) {
            int port = freePort();
            try {
                var server = new RedisServer(port);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            redisPort = port;
        }
        return redisPort;
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Database postgresContainer() {
        var container = new PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        // Ryuk (Testcontainers' reaper) is off on engines without its image: the JVM stops what it started.
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Database embeddedPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
            return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException ignored) {
            // the JVM is going anyway
        }
    }
}
