package org.ascend.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@code @PreAuthorize} role rule (on the method or its controller) before the request body is read and validated,
 * so a caller without the role gets 403 whatever they sent, never a 400 that tells them how to shape
 * a request they may not make. The method-security check on the call itself still runs; this one only
 * moves the refusal earlier. Role rules here never refer to arguments, which are not bound yet.
 */
class RolesBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // On the method or its class: the manager finds either, and answers null where there is none.
        if (handler instanceof HandlerMethod method) {
            var call = new SimpleMethodInvocation(method.getBean(), method.getMethod());
            AuthorizationResult result = rules.authorize(
                    () -> SecurityContextHolder.getContext().getAuthentication(), call);
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("Role not allowed for " + request.getRequestURI(), result);
            }
        }
        return true;
    }
}
