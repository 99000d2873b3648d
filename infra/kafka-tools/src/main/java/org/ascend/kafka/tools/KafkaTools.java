package org.ascend.kafka.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;

/**
 * Ops commands for Ascend's Kafka (docs/operations.md), run as the cluster's admin:
 * <pre>
 *   KafkaTools acls                                     apply the ACLs of {@link KafkaAcls} (twice changes nothing)
 *   KafkaTools replay-dead-letters &lt;topic&gt;.dlt [--dry-run]   send dead letters back to their topic ({@link DeadLetterReplay})
 * </pre>
 * The connection comes from the services' own variables ({@code ASCEND_KAFKA}, {@code ASCEND_KAFKA_SECURITY_PROTOCOL},
 * {@code ASCEND_KAFKA_SASL_MECHANISM}, the admin's {@code ASCEND_KAFKA_SASL_JAAS_CONFIG}), or from a client properties
 * file named by {@code ASCEND_KAFKA_CLIENT_PROPERTIES} (what {@code ./ascend kafka-client admin} prints).
 */
public final class KafkaTools {

    private KafkaTools() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "acls" -> {
                Properties connection = connection();
                try (Admin admin = Admin.create(connection)) {
                    KafkaAcls.apply(admin);
                }
                System.out.println("Applied " + KafkaAcls.bindings().size() + " ACLs to " + connection.get("bootstrap.servers"));
            }
            case "replay-dead-letters" -> {
                if (rest.isEmpty() || !rest.get(0).endsWith(DeadLetterReplay.SUFFIX)) {
                    usage("name the dead-letter topic, e.g. ascend.recruitment.application.v1.dlt");
                }
                boolean dryRun = rest.contains("--dry-run");
                var replay = new DeadLetterReplay(connection(), System.out::println);
                replay.replay(rest.get(0), dryRun);
            }
            default -> usage("unknown command '" + command + "'");
        }
    }

    /** The admin's connection, from a properties file or the services' variables. */
    static Properties connection() throws IOException {
        Properties properties = new Properties();
        String file = System.getenv("ASCEND_KAFKA_CLIENT_PROPERTIES");
        if (file != null && !file.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                properties.load(reader);
            }
            return properties;
        }
        String bootstrap = System.getenv("ASCEND_KAFKA");
        if (bootstrap == null || bootstrap.isBlank()) {
            usage("set ASCEND_KAFKA (and the admin's credentials) or ASCEND_KAFKA_CLIENT_PROPERTIES");
        }
        properties.put("bootstrap.servers", bootstrap);
        properties.put("security.protocol", System.getenv().getOrDefault("ASCEND_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"));
        properties.put("sasl.mechanism", System.getenv().getOrDefault("ASCEND_KAFKA_SASL_MECHANISM", "PLAIN"));
        String jaas = System.getenv("ASCEND_KAFKA_SASL_JAAS_CONFIG");
        if (jaas != null && !jaas.isBlank()) {
            properties.put("sasl.jaas.config", jaas);
        }
        return properties;
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nUsage: KafkaTools acls | replay-dead-letters <topic>.dlt [--dry-run]"
                + "  (connection: ASCEND_KAFKA and the admin's credentials, or ASCEND_KAFKA_CLIENT_PROPERTIES)");
        System.exit(2);
    }
}
