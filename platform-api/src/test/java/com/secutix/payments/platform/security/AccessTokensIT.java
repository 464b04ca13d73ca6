package com.secutix.payments.platform.security;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

/** Only access tokens meant for this service count, through the real filter chain and test-support's decoder. */
@PlatformIntegrationTest
class AccessTokensIT {

    /**
     * Absurd, yet small enough for the server's 8 kB of request headers: a 10 kB claim makes a header that
     * the server refuses (431) before any token check; the rules refuse it too (AccessTokenRulesTest).
     */
    private static final String LONG = "x".repeat(4_000);

    @LocalServerPort
    int port;

    WebTestClient web;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void an_access_token_meant_for_the_service_gets_through() {
        web.get().uri("/admin/ping").headers(headers -> headers.setBearerAuth(TestTokens.admin(Tenants.DEMO)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void each_token_that_does_not_count_is_a_401_problem_saying_why() {
        Map<String, String> refusals = Map.of(
                TestTokens.anotherAudience(Tenants.DEMO, "alice"), "The token is not meant for this service (aud).",
                TestTokens.withoutExpiry(Tenants.DEMO, "alice"), "The token has no expiry (exp).",
                TestTokens.signedWith("HS256", Tenants.DEMO, "alice"), "The token is signed with HS256; this service accepts RS256 only.",
                TestTokens.signedWith("none", Tenants.DEMO, "alice"), "The token is signed with none; this service accepts RS256 only.",
                TestTokens.signedWith("RS512", Tenants.DEMO, "alice"), "The token is signed with RS512; this service accepts RS256 only.",
                TestTokens.customer(Tenants.DEMO, LONG), "The token's sub is longer than 64 characters.",
                TestTokens.customer(LONG, "alice"), "The token's tenant_id is longer than 64 characters.",
                TestTokens.idToken(Tenants.DEMO, "alice"), "The token is an ID token; an access token is required.");
        refusals.forEach((token, detail) -> web.get().uri("/test-payments/00000000-0000-0000-0000-000000000001")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo(detail));
    }
}
