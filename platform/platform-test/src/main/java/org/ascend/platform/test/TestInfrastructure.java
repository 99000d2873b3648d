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
 * Real infrastructure for tests, started once per test JVM and shared by every Spring context:
 * Testcontainers when a Docker engine answers, otherwise embedded real binaries (zonky PostgreSQL 17,
 * the spring-kafka-test KRaft broker, embedded Redis). Test code is the same in both modes.
 */
public final class TestInfrastructure {

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static Database database;
    private static String kafkaBootstrap;
    private static Integer redisPort;

    private TestInfrastructure() {
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
            database = dockerAvailable() ? postgresContainer() : embeddedPostgres();
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
            if (dockerAvailable()) {
                var container = new KafkaContainer("apache/kafka:4.1.2");
                container.start();
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
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
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
