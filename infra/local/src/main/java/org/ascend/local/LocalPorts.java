package org.ascend.local;

/** The local stack's ports: the gateway on 8080, services from 8081, identity on 9000, infrastructure on 1xxxx. */
final class LocalPorts {

    static final int GATEWAY = env("ASCEND_GATEWAY_PORT", 8080);
    static final int RECRUITMENT = GATEWAY + 1;
    static final int ASSESSMENT = GATEWAY + 2;
    static final int COHORT = GATEWAY + 3;
    static final int REPORTING = GATEWAY + 4;
    /** The gateway's actuator (health, metrics): never on its public port. */
    static final int GATEWAY_MANAGEMENT = GATEWAY + 5;
    static final int IDENTITY = env("ASCEND_IDENTITY_PORT", 9000);
    static final int POSTGRES = env("ASCEND_POSTGRES_PORT", 15432);
    static final int KAFKA = env("ASCEND_KAFKA_PORT", 19092);
    static final int KAFKA_CONTROLLER = KAFKA + 1;
    static final int REDIS = env("ASCEND_REDIS_PORT", 16379);

    private LocalPorts() {
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
