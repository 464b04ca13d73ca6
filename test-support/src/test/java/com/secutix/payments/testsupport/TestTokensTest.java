package com.secutix.payments.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class TestTokensTest {

    private final ReactiveJwtDecoder decoder = TestTokens.jwtDecoder();

    @Test
    void a_customer_token_carries_subject_tenant_role_issuer_and_lifetime() {
        Jwt jwt = decode(TestTokens.customer(Tenants.DEMO, "customer-7"));

        assertThat(jwt.getSubject()).isEqualTo("customer-7");
        assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo("demo-theatre");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("customer");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(TestTokens.ISSUER);
        assertThat(jwt.getIssuedAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now().plusSeconds(3000));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void each_role_has_its_lower_case_name() {
        assertThat(decode(TestTokens.operator(Tenants.DEMO)).getClaimAsStringList("roles")).containsExactly("operator");
        assertThat(decode(TestTokens.boxOffice(Tenants.DEMO)).getClaimAsStringList("roles")).containsExactly("box_office");
        assertThat(decode(TestTokens.salesSystem(Tenants.DEMO)).getClaimAsStringList("roles")).containsExactly("sales_system");
        assertThat(decode(TestTokens.admin(Tenants.OTHER)).getClaimAsStringList("roles")).containsExactly("admin");
        assertThat(decode(TestTokens.admin(Tenants.OTHER)).getClaimAsString("tenant_id")).isEqualTo("other-theatre");
    }

    @Test
    void a_token_without_tenant_is_valid_but_has_no_tenant_claim() {
        Jwt jwt = decode(TestTokens.withoutTenant("sales-system", TestTokens.SALES_SYSTEM));

        assertThat(jwt.hasClaim("tenant_id")).isFalse();
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("sales_system");
    }

    @Test
    void the_builder_adds_roles_and_extra_claims() {
        Jwt jwt = decode(TestTokens.builder().subject("olivia").tenant(Tenants.DEMO)
                .roles(TestTokens.OPERATOR, TestTokens.ADMIN).claim("name", "Olivia").mint());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("operator", "admin");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Olivia");
    }

    @Test
    void refuses_an_expired_token() {
        assertThatThrownBy(() -> decode(TestTokens.expired(Tenants.DEMO, "customer-7")))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void refuses_a_token_signed_by_another_key() {
        assertThatThrownBy(() -> decode(TestTokens.signedByAnotherKey(Tenants.DEMO, "customer-7")))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void refuses_a_token_from_another_issuer() {
        assertThatThrownBy(() -> decode(TestTokens.builder().subject("x").tenant(Tenants.DEMO)
                .issuer("https://evil.example").mint()))
                .isInstanceOf(JwtException.class);
    }

    private Jwt decode(String token) {
        return decoder.decode(token).block();
    }
}
