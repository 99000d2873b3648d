package org.ascend.gateway.config;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a call came from, for the anonymous rate limit. Behind a load balancer or an ingress the socket's peer
 * is the last proxy, so with {@code ascend.gateway.trusted-proxies} (ASCEND_TRUSTED_PROXIES) = n the address is the
 * n-th entry of X-Forwarded-For counted from the right: the one the outermost trusted proxy saw. Entries further
 * left are the client's own claim and never used, so a client cannot choose its bucket by sending the header. With 0
 * (the default: nothing in front of the gateway) the header is ignored.
 */
@Component
class ClientAddress {

    private final RemoteAddressResolver resolver;

    ClientAddress(GatewayProperties gateway) {
        this.resolver = gateway.trustedProxies() > 0
                ? XForwardedRemoteAddressResolver.maxTrustedIndex(gateway.trustedProxies())
                : new RemoteAddressResolver() { }; // its default: the socket's peer
    }

    String of(ServerWebExchange exchange) {
        return Optional.ofNullable(resolver.resolve(exchange)).map(InetSocketAddress::getAddress)
                .map(address -> address.getHostAddress()).orElse("unknown");
    }
}
