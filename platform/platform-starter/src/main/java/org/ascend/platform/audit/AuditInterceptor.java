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
    private final AuditSpool spool;

    public AuditInterceptor(AuditTrail trail, AuditSpool spool) {
        this.trail = trail;
        this.spool = spool;
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
        String correlationId = CorrelationId.current().orElse(null);
        try {
            trail.record(actor, roles, audited.value(), resource, outcome, correlationId);
        } catch (RuntimeException storeDown) {
            spoolOrReport(new AuditSpool.Entry(java.util.UUID.randomUUID(), java.time.Instant.now(), actor, roles,
                    audited.value(), resource, outcome, correlationId), request, storeDown);
        }
    }

    /** The store is down: the record waits in the spool (docs/adr/0017), or, if even that fails, the operators are told. */
    private void spoolOrReport(AuditSpool.Entry entry, HttpServletRequest request, RuntimeException storeDown) {
        try {
            spool.append(entry);
            log.warn("Audit store unavailable ({}); record for {} {} spooled, to be written when it returns",
                    storeDown.getMessage(), request.getMethod(), entry.resource());
        } catch (java.io.IOException | RuntimeException spoolFailed) {
            // Never silently: an unaudited access to personal data is an incident for the operators.
            log.error("AUDIT WRITE FAILED for {} {} by {} (outcome {}): store and spool both failed",
                    request.getMethod(), entry.resource(), entry.actor(), entry.outcome(), spoolFailed);
        }
    }
}
