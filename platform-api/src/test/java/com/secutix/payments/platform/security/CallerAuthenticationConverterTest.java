package com.secutix.payments.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.test.StepVerifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallerAuthenticationConverterTest {

    private final CallerAuthenticationConverter converter = new CallerAuthenticationConverter();

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void turns_the_roles_claim_into_role_authorities() {
        Jwt jwt = token(Map.of("sub", "olivia", "tenant_id", "demo-theatre", "roles", List.of("operator", "admin", "unknown")));

        AbstractAuthenticationToken authentication = converter.convert(jwt).block();

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_ADMIN");
        assertThat(authentication.getName()).isEqualTo("olivia");
        assertThat(Callers.fromJwt(jwt)).isEqualTo(new Caller("olivia", "demo-theatre",
                java.util.Set.of(Role.OPERATOR, Role.ADMIN)));
    }

    @Test
    void refuses_a_token_without_tenant() {
        Jwt jwt = token(Map.of("sub", "olivia", "roles", List.of("operator")));

        StepVerifier.create(converter.convert(jwt))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(InvalidBearerTokenException.class)
                        .hasMessageContaining("tenant_id"))
                .verify();
    }
}
