package com.secutix.payments.localstack.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Makes the access tokens the platform's: addressed to the five services ({@code aud}), with the caller's
 * {@code tenant_id} and {@code roles}; a machine client gets its own roles, a person theirs with
 * {@code sub} = the user name. ID tokens are left as they are (addressed to the client, no tenant, no
 * roles), so that one used as an access token is refused by every service.
 */
class TenantAndRolesClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        identityOf(context).ifPresent(identity -> context.getClaims()
                .subject(identity.name())
                .audience(DemoDirectory.SERVICES)
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
