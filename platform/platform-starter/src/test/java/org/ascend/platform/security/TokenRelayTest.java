package org.ascend.platform.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.RequestLine;
import org.ascend.platform.deadline.RequestDeadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Feign call to another service carries the caller's token and correlation id, or is not sent at all. */
class TokenRelayTest {

    interface OtherService {
        @RequestLine("GET /api/other/thing")
        String thing();
    }

    private final AtomicReference<String> receivedAuthorization = new AtomicReference<>();
    private final AtomicReference<String> receivedCorrelationId = new AtomicReference<>();
    private final AtomicReference<String> receivedBudget = new AtomicReference<>();
    private HttpServer otherService;
    private OtherService client;

    @BeforeEach
    void otherServiceStandIn() throws IOException {
        otherService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherService.createContext("/", exchange -> {
            receivedAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            receivedCorrelationId.set(exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
            receivedBudget.set(exchange.getRequestHeaders().getFirst(RequestDeadline.HEADER));
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        otherService.start();
        client = Feign.builder().requestInterceptor(new TokenRelay())
                .target(OtherService.class, "http://127.0.0.1:" + otherService.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        otherService.stop(0);
        SecurityContextHolder.clearContext();
        MDC.clear();
        RequestDeadline.leave();
    }

    @Test
    void relaysTheCallersTokenAndCorrelationId() {
        String token = "the-assessors-access-token"; // the relay passes it on untouched
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("assessor").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        MDC.put("correlationId", "relay-1");

        assertThat(client.thing()).isEqualTo("ok");
        assertThat(receivedAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(receivedCorrelationId.get()).isEqualTo("relay-1");
    }

    @Test
    void passesOnWhatIsLeftOfTheCallersTimeBudget() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("assessor").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        RequestDeadline.enter(Instant.now().plusSeconds(8));

        client.thing();

        assertThat(Long.parseLong(receivedBudget.get())).isBetween(6_000L, 8_000L);
    }

    @Test
    void aServicesOwnTokenSetBeforeIsKept() {
        String own = "the-services-own-token";
        OtherService asItself = Feign.builder()
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + own))
                .requestInterceptor(new TokenRelay())
                .target(OtherService.class, "http://127.0.0.1:" + otherService.getAddress().getPort());
        MDC.put("correlationId", "own-1");

        assertThat(asItself.thing()).isEqualTo("ok");
        assertThat(receivedAuthorization.get()).isEqualTo("Bearer " + own);
        assertThat(receivedCorrelationId.get()).isEqualTo("own-1");
    }

    @Test
    void withoutACallerNothingIsSent() {
        assertThatThrownBy(() -> client.thing()).hasMessageContaining("never sent without a token");
        assertThat(receivedAuthorization.get()).isNull();
    }
}
