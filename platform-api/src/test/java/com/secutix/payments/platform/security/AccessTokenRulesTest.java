package com.secutix.payments.platform.security;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules around a decoder that, on its own, trusts any token of the test key in RS256, RS384 or RS512. */
class AccessTokenRulesTest {

    private static final String TEN_KB = "x".repeat(10_240);

    private final AccessTokenRules rules = new AccessTokenRules("card-vault-service", List.of("RS256"), TestTokens.ISSUER);
    private final ReactiveJwtDecoder decoder = rules.enforcedOn(TestTokens.jwtDecoder());

    @Test
    void accepts_an_access_token_meant_for_the_service() {
        Jwt jwt = decoder.decode(TestTokens.customer(Tenants.DEMO, "alice")).block();

        assertThat(jwt.getSubject()).isEqualTo("alice");
    }

    @Test
    void refuses_a_token_meant_for_another_audience() {
        assertRefused(TestTokens.anotherAudience(Tenants.DEMO, "alice"), "The token is not meant for this service (aud).");
        assertRefused(TestTokens.builder().subject("alice").tenant(Tenants.DEMO).roles(TestTokens.CUSTOMER)
                .audience("payment-gateway-service").mint(), "The token is not meant for this service (aud).");
    }

    @Test
    void refuses_a_token_without_expiry() {
        assertRefused(TestTokens.withoutExpiry(Tenants.DEMO, "alice"), "The token has no expiry (exp).");
    }

    @Test
    void refuses_algorithms_that_are_not_listed_before_checking_any_signature() {
        assertRefused(TestTokens.signedWith("HS256", Tenants.DEMO, "alice"), "The token is signed with HS256; this service accepts RS256 only.");
        assertRefused(TestTokens.signedWith("none", Tenants.DEMO, "alice"), "The token is signed with none; this service accepts RS256 only.");
        assertRefused(TestTokens.signedWith("RS512", Tenants.DEMO, "alice"), "The token is signed with RS512; this service accepts RS256 only.");
    }

    @Test
    void accepts_another_algorithm_once_it_is_listed() {
        ReactiveJwtDecoder listingRs512 = new AccessTokenRules("card-vault-service", List.of("RS256", "RS512"), TestTokens.ISSUER)
                .enforcedOn(TestTokens.jwtDecoder());

        assertThat(listingRs512.decode(TestTokens.signedWith("RS512", Tenants.DEMO, "alice")).block().getSubject()).isEqualTo("alice");
    }

    @Test
    void refuses_over_long_or_control_character_subjects_and_tenants() {
        assertRefused(TestTokens.customer(Tenants.DEMO, TEN_KB), "The token's sub is longer than 64 characters.");
        assertRefused(TestTokens.customer(TEN_KB, "alice"), "The token's tenant_id is longer than 64 characters.");
        assertRefused(TestTokens.customer(Tenants.DEMO, "a".repeat(65)), "The token's sub is longer than 64 characters.");
        assertRefused(TestTokens.customer(Tenants.DEMO, "alice\r\nadmin"), "The token's sub holds control characters.");
        assertThat(decoder.decode(TestTokens.customer(Tenants.DEMO, "a".repeat(64))).block()).isNotNull();
    }

    @Test
    void refuses_a_tenant_that_is_not_a_string() {
        assertRefused(TestTokens.builder().subject("alice").roles(TestTokens.CUSTOMER).claim("tenant_id", List.of(Tenants.DEMO)).mint(),
                "The token's tenant_id is not a string.");
    }

    @Test
    void roles_are_a_short_list_of_known_names() {
        assertRefused(TestTokens.builder().subject("alice").tenant(Tenants.DEMO).roles("customer", "superuser").mint(),
                "The token carries an unknown role.");
        assertRefused(TestTokens.builder().subject("alice").tenant(Tenants.DEMO).claim("roles", Collections.nCopies(11, "customer")).mint(),
                "The token carries more than 10 roles.");
        assertRefused(TestTokens.builder().subject("alice").tenant(Tenants.DEMO).claim("roles", 42).mint(),
                "The token's roles is not a list of role names.");
    }

    @Test
    void refuses_an_id_token_used_as_an_access_token() {
        assertRefused(TestTokens.idToken(Tenants.DEMO, "alice"), "The token is an ID token; an access token is required.");
    }

    @Test
    void refuses_a_token_of_another_type() {
        assertRefused(TestTokens.builder().subject("alice").tenant(Tenants.DEMO).roles(TestTokens.CUSTOMER).type("logout+jwt").mint(),
                "The token's type (typ) is not JWT.");
    }

    @Test
    void refuses_a_token_of_another_issuer_even_when_its_decoder_does_not_check_it() {
        ReactiveJwtDecoder withoutIssuerCheck = rules.enforcedOn(NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build());
        String token = TestTokens.builder().subject("alice").tenant(Tenants.DEMO).issuer("https://evil.example").mint();

        assertThatThrownBy(() -> withoutIssuerCheck.decode(token).block()).isInstanceOf(BadJwtException.class)
                .hasMessage("The token comes from another issuer.");
    }

    @Test
    void refuses_what_is_not_a_jwt() {
        assertRefused("not-a-token", "The token is not a well-formed JWT.");
    }

    @Test
    void never_accepts_none_and_needs_an_audience() {
        assertThatThrownBy(() -> new AccessTokenRules("card-vault-service", List.of("RS256", "none"), null))
                .hasMessageContaining("none is never accepted");
        assertThatThrownBy(() -> new AccessTokenRules(" ", List.of("RS256"), null))
                .hasMessageContaining("payments.security.audience");
    }

    private void assertRefused(String token, String message) {
        assertThatThrownBy(() -> decoder.decode(token).block())
                .isInstanceOf(BadJwtException.class)
                .hasMessage(message);
    }
}
