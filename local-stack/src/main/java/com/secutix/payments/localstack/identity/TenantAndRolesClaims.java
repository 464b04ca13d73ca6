package com.secutix.payments.localstack.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the platform's {@code tenant_id} and {@code roles} claims to every token: a machine client
 * gets its own roles, a person gets theirs with {@code sub} = the user name.
 */
class TenantAndRolesClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        identityOf(context).ifPresent(identity -> context.getClaims()
                .subject(identity.name())
                .claim("tenant_id", identity.tenantId())
                .claim("roles", List.copyOf(identity.roles())));
    }

    private static Optional<DemoDirectory.Identity> identityOf(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return DemoDirectory.machineClient(context.getRegisteredClient().getClientId());
        }
        return DemoDirectory.user(context.getPrincipal().getName());
    }
}
