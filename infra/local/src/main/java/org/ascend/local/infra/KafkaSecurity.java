package org.ascend.local.infra;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * SASL/PLAIN users of a broker with authorisation on (KRaft StandardAuthorizer, deny by default), as
 * the local stack runs it ({@link KafkaUsers}), compose and Kubernetes deployments switch it on
 * (docs/kafka-security.md), and KafkaAclsTest proves the ACLs against.
 */
public record KafkaSecurity(String adminUser, Map<String, String> passwords) {

    /** Broker settings replacing the PLAINTEXT client listener with SASL_PLAINTEXT. */
    String serverProperties(int port, int controllerPort) {
        String users = passwords.entrySet().stream()
                .map(user -> "user_" + user.getKey() + "=\"" + user.getValue() + "\"")
                .collect(Collectors.joining(" "));
        return """
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                inter.broker.listener.name=SASL_PLAINTEXT
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
                sasl.enabled.mechanisms=PLAIN
                sasl.mechanism.inter.broker.protocol=PLAIN
                listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="%3$s" password="%4$s" %5$s;
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                # The controller listener is loopback-only here; production puts SASL on it too.
                super.users=User:%3$s;User:ANONYMOUS
                """.formatted(port, controllerPort, adminUser, passwords.get(adminUser), users);
    }

    /** Client settings for one user, as Spring Boot environment variables (see ascend-platform-defaults.properties). */
    public Map<String, String> serviceEnvironment(String user) {
        return Map.of("ASCEND_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "ASCEND_KAFKA_SASL_JAAS_CONFIG", (String) clientProperties(user).get("sasl.jaas.config"));
    }

    /** Client settings for one user. */
    public Map<String, Object> clientProperties(String user) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + user + "\" password=\"" + passwords.get(user) + "\";");
    }
}
