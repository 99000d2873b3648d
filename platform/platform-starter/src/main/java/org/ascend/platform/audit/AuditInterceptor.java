package org.ascend.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ascend.platform.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records each call to an {@link Audited} endpoint once it has completed, so the outcome is known and
 * refusals (403, 404) are recorded too. Runs after the request's own transaction: a rolled-back
 * change still leaves its audit record.
 */
public class AuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditTrail trail;

    public AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    /** A call refused before it reached the endpoint (no or bad token) is a denied call too. */
    public void recordUnauthenticated(HttpServletRequest request, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Audited.class)) {
            write(request, method, "anonymous", "", 401);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception error) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Audited.class)) {
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String actor = caller == null ? "anonymous" : caller.getName();
        String roles = caller == null ? "" : String.join(",", caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")) // not e.g. FACTOR_BEARER
                .map(a -> a.substring("ROLE_".length())).sorted().toList());
        int outcome = error != null && response.getStatus() < 400 ? 500 : response.getStatus();
        write(request, method, actor, roles, outcome);
    }

    private void write(HttpServletRequest request, HandlerMethod method, String actor, String roles, int outcome) {
        Audited audited = method.getMethodAnnotation(Audited.class);
        String resource = request.getRequestURI()
                + (audited.withQuery() && request.getQueryString() != null ? "?" + request.getQueryString() : "");
        try {
            trail.record(actor, roles, audited.value(), resource, outcome,
                    CorrelationId.current().orElse(null));
        } catch (RuntimeException e) {
            // Never silently: an unaudited access to personal data is an incident for the operators.
            log.error("AUDIT WRITE FAILED for {} {} by {} (outcome {})", request.getMethod(), resource, actor, outcome, e);
        }
    }
}
