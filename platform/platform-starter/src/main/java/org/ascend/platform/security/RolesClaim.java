package org.ascend.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps the token's {@code roles} claim to {@code ROLE_<role>} authorities, so {@code hasRole('assessor')} works. */
public final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String NAME = "roles";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(NAME);
        return roles == null ? List.of()
                : roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
