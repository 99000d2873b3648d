package org.ascend.gateway.config;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** Which address the anonymous rate limit counts against: never one the client chose by sending X-Forwarded-For. */
class ClientAddressTest {

    private static final InetSocketAddress PROXY = new InetSocketAddress("10.0.0.7", 44321);

    @Test
    void withNothingInFrontTheSocketsPeerCountsAndTheHeaderIsIgnored() {
        assertThat(address(0, "203.0.113.9")).isEqualTo("10.0.0.7");
    }

    @Test
    void behindOneTrustedProxyTheAddressItSawCountsNotWhatTheClientClaimed() {
        assertThat(address(1, "203.0.113.9")).isEqualTo("203.0.113.9");
        // A client sending its own header: the proxy appends the real peer, and only that entry is believed.
        assertThat(address(1, "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTwoTrustedProxiesTheSecondEntryFromTheRightCounts() {
        assertThat(address(2, "198.51.100.1, 203.0.113.9, 10.0.0.3")).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyThatSentNoHeaderLeavesTheSocketsPeer() {
        assertThat(address(1, null)).isEqualTo("10.0.0.7");
    }

    private static String address(int trustedProxies, String forwardedFor) {
        var request = MockServerHttpRequest.get("/api/recruitment/schemes").remoteAddress(PROXY);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        var gateway = new GatewayProperties(null, null, null, null, trustedProxies, null);
        return new ClientAddress(gateway).of(MockServerWebExchange.from(request));
    }
}
