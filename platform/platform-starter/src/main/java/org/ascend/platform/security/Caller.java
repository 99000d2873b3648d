package org.ascend.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from their validated access token: subject, roles, and where it applies their
 * NHS England region, ODS organisation and email (how applicants name a sponsor). Services use it for
 * object-level checks.
 */
public record Caller(String subject, Set<String> roles, String region, String organisation, String email) {

    public static Caller current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new IllegalStateException("No authenticated caller: the endpoint must require authentication");
    }

    static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(RolesClaim.NAME);
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : roles.stream().collect(Collectors.toSet()),
                jwt.getClaimAsString("region"), jwt.getClaimAsString("organisation"), jwt.getClaimAsString("email"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
