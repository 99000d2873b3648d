package org.ascend.platform.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of a service's integration tests: the real service on a random port, on real PostgreSQL and
 * Kafka, trusting {@link TestIdentity}. Extending it keeps every test class on the same configuration, so
 * Spring reuses one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AscendTestInfrastructure.class)
@ExtendWith(ContainerEngineCondition.class)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    /** No token: what an anonymous caller gets. */
    protected Http anonymous;

    @BeforeEach
    void httpClient() {
        anonymous = new Http("http://127.0.0.1:" + port);
    }

    /** A client calling as the demo user of {@code role}. */
    protected Http as(String role) {
        return anonymous.withToken(TestIdentity.token(role));
    }

    /** A client calling as an applicant no other call is (a new person each time). */
    protected Http asNewApplicant() {
        return anonymous.withToken(TestIdentity.newApplicantToken());
    }
}
