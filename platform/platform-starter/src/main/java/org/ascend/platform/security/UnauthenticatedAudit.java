package org.ascend.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.ascend.platform.audit.AuditInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Audits calls refused for want of a valid token: they never reach the endpoint, so this looks up
 * which endpoint they were for and records the refusal if it is an audited one.
 */
class UnauthenticatedAudit {

    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final ObjectProvider<AuditInterceptor> audit;

    UnauthenticatedAudit(ObjectProvider<RequestMappingHandlerMapping> handlers, ObjectProvider<AuditInterceptor> audit) {
        this.handlers = handlers;
        this.audit = audit;
    }

    void record(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = handlers.getObject().getHandler(request);
            if (chain != null) {
                audit.getObject().recordUnauthenticated(request, chain.getHandler());
            }
        } catch (Exception e) {
            // no such endpoint: nothing was reached, nothing to audit
        }
    }
}
