package org.ascend.gateway.config;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * How the gateway fetches the identity provider's signing keys: with time limits, so an issuer that
 * accepts connections but never answers cannot hold requests (the token is then refused, 401), and on
 * a fresh connection each time. Fetches are rare (keys are cached), and a pooled connection the issuer
 * has already closed once made a request hang for 30 s.
 */
@Configuration(proxyBeanMethods = false)
class JwksFetching {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer jwksWithTimeouts() {
        HttpClient http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                .responseTimeout(RESPONSE_TIMEOUT);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        return builder -> builder.webClient(client);
    }
}
