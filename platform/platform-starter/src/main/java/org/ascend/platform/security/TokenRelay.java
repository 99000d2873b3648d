package org.ascend.platform.security;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.ascend.platform.correlation.CorrelationId;
import org.ascend.platform.deadline.RequestDeadline;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Every Feign call to another service carries the caller's access token, so the called service
 * checks the same person's roles and objects (docs/architecture.md), plus the correlation id, trace
 * context and what is left of the request's time budget (docs/reliability.md, "Deadlines"). A call that a service makes as itself carries its own client-credentials token, set by an
 * interceptor ordered before this one (e.g. assessment's call for packs); this one then leaves it. A
 * call with neither is refused here rather than sent with no token.
 */
public class TokenRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate request) {
        boolean ownToken = request.headers().containsKey(HttpHeaders.AUTHORIZATION);
        if (!ownToken) {
            if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken caller)) {
                throw new IllegalStateException("No caller token to relay to " + request.feignTarget().name()
                        + ": service-to-service calls are never sent without a token");
            }
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.getToken().getTokenValue());
        }
        CorrelationId.current().ifPresent(id -> request.header(CorrelationId.HEADER, id));
        RequestDeadline.remaining().ifPresent(left ->
                request.header(RequestDeadline.HEADER, String.valueOf(Math.max(0, left.toMillis()))));
    }
}
