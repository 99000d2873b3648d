package org.ascend.platform.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of a service's integration tests: the real service on a random port, on real PostgreSQL and
 * Kafka. Extending it keeps every test class on the same configuration, so Spring reuses one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AscendTestInfrastructure.class)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    protected Http http;

    @BeforeEach
    void httpClient() {
        http = new Http("http://127.0.0.1:" + port);
    }
}
