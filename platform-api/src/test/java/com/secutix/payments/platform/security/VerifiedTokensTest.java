package com.secutix.payments.platform.security;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A decoder that remembers verified tokens: one signature check per token, the claims checked on every use. */
class VerifiedTokensTest {

    private static final VerifiedTokensProperties ONE_MINUTE = new VerifiedTokensProperties(Duration.ofMinutes(1), 100L);

    private final AccessTokenRules rules = new AccessTokenRules("card-vault-service", List.of("RS256"), TestTokens.ISSUER);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final ReactiveJwtDecoder countingDecoder = token -> {
        signatureChecks.incrementAndGet();
        return TestTokens.jwtDecoder().decode(token);
    };
    private final VerifiedTokens verifiedTokens = new VerifiedTokens(ONE_MINUTE, Clock.systemUTC());
    private final ReactiveJwtDecoder decoder = rules.enforcedOn(countingDecoder, verifiedTokens);

    @Test
    void a_token_used_again_is_not_verified_again() {
        String token = TestTokens.salesSystem(Tenants.DEMO);

        Jwt first = decoder.decode(token).block();
        Jwt second = decoder.decode(token).block();

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void each_token_is_verified_once_on_its_own() {
        decoder.decode(TestTokens.salesSystem(Tenants.DEMO)).block();
        decoder.decode(TestTokens.customer(Tenants.DEMO, "alice")).block();

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void a_token_that_failed_verification_is_verified_again_and_refused_again() {
        String forged = TestTokens.signedByAnotherKey(Tenants.DEMO, "alice");

        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);

        assertThat(signatureChecks).hasValue(2);
        assertThat(verifiedTokens.size()).isZero();
    }

    @Test
    void a_remembered_token_still_has_its_claims_checked_on_every_use() {
        String token = TestTokens.customer(Tenants.DEMO, "alice");
        Jwt meantForAnotherService = Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                .issuer(TestTokens.ISSUER).audience(List.of("another-resource-server"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofMinutes(5))).build();
        verifiedTokens.remember(token, meantForAnotherService);

        assertThatThrownBy(() -> decoder.decode(token).block())
                .isInstanceOf(BadJwtException.class).hasMessage("The token is not meant for this service (aud).");
    }

    @Test
    void a_token_past_its_expiry_is_not_remembered() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        VerifiedTokens atTen = new VerifiedTokens(ONE_MINUTE, Clock.fixed(now, ZoneOffset.UTC));
        Jwt expired = Jwt.withTokenValue("t").header("alg", "RS256").subject("alice")
                .issuedAt(now.minus(Duration.ofHours(1))).expiresAt(now.minusSeconds(1)).build();

        atTen.remember("t", expired);

        assertThat(atTen.verified("t")).isEmpty();
    }

    @Test
    void a_time_to_live_of_zero_verifies_every_request() {
        ReactiveJwtDecoder everyTime = rules.enforcedOn(countingDecoder,
                new VerifiedTokens(new VerifiedTokensProperties(Duration.ZERO, 100L), Clock.systemUTC()));
        String token = TestTokens.salesSystem(Tenants.DEMO);

        everyTime.decode(token).block();
        everyTime.decode(token).block();

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void a_token_is_remembered_by_its_digest_so_a_changed_character_is_another_token() {
        String token = TestTokens.salesSystem(Tenants.DEMO);
        decoder.decode(token).block();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertThat(verifiedTokens.verified(tampered)).isEmpty();
        assertThatThrownBy(() -> Mono.defer(() -> decoder.decode(tampered)).block()).isInstanceOf(BadJwtException.class);
    }
}
