package org.ascend.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Requests Spring Security's firewall refuses before anything else (encoded slashes, {@code ..},
 * control characters in the path, unusual methods such as TRACE) get a problem, not an empty 400.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> Problems.write(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                "Request refused", "The URL or method is not accepted here: encoded slashes, '..', control "
                        + "characters and methods other than GET, POST, PUT, PATCH, DELETE, HEAD and OPTIONS are "
                        + "refused. Check the URL and send the request again.");
    }
}
