package com.secutix.payments.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens for tests: RS256 JWTs signed with a key pair generated once per JVM (no key is
 * ever written to disk or committed). {@link #jwtDecoder()} trusts exactly these tokens;
 * {@code @PlatformIntegrationTest} registers it in the application context.
 *
 * <p>Claims follow the platform conventions: {@code sub}, {@code tenant_id}, {@code roles}
 * (lower-case role names), {@code iss}, {@code aud} (the five services, as the local identity
 * provider's access tokens), {@code iat}, {@code exp}.
 */
public final class TestTokens {

    /** The issuer of test tokens: the local identity provider's, so services see the usual value. */
    public static final String ISSUER = "http://localhost:9000";
    public static final String KEY_ID = "test-tokens";
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** The default {@code aud}: every service of the platform, as in the local identity provider's access tokens. */
    public static final List<String> SERVICES = List.of(
            "payment-gateway-service", "card-vault-service", "installment-service", "refund-service", "checkout-bff");
    /** An audience no service has. */
    public static final String ANOTHER_AUDIENCE = "another-resource-server";
    /** The client an ID token of {@link #idToken} is addressed to. */
    public static final String WEB_CLIENT = "checkout-web";

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";
    public static final String BOX_OFFICE = "box_office";
    public static final String SALES_SYSTEM = "sales_system";
    public static final String ADMIN = "admin";

    private static final KeyPair KEYS = generateKeyPair();

    private TestTokens() {
    }

    /** A customer acting for themselves: {@code sub} is the customer id. */
    public static String customer(String tenant, String customerId) {
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER).mint();
    }

    public static String operator(String tenant) {
        return builder().subject("operator-olivia").tenant(tenant).roles(OPERATOR).mint();
    }

    public static String boxOffice(String tenant) {
        return builder().subject("box-office").tenant(tenant).roles(BOX_OFFICE).mint();
    }

    public static String salesSystem(String tenant) {
        return builder().subject("sales-system").tenant(tenant).roles(SALES_SYSTEM).mint();
    }

    public static String admin(String tenant) {
        return builder().subject("admin-adam").tenant(tenant).roles(ADMIN).mint();
    }

    /** A customer token that expired an hour ago (well beyond the decoder's clock skew). */
    public static String expired(String tenant, String customerId) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER)
                .issuedAt(issued).expiresAt(issued.plus(LIFETIME)).mint();
    }

    /** A correctly signed token that lacks the required {@code tenant_id} claim. */
    public static String withoutTenant(String subject, String... roles) {
        return builder().subject(subject).roles(roles).mint();
    }

    /** A token signed by another key: the platform must refuse it. */
    public static String signedByAnotherKey(String tenant, String customerId) {
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER)
                .mint(new RSASSASigner((RSAPrivateKey) generateKeyPair().getPrivate()));
    }

    /** A customer token meant for another resource server ({@code aud} names none of the services). */
    public static String anotherAudience(String tenant, String customerId) {
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER).audience(ANOTHER_AUDIENCE).mint();
    }

    /** A customer token without {@code exp}: it would never expire. */
    public static String withoutExpiry(String tenant, String customerId) {
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER).withoutExpiry().mint();
    }

    /** A customer token with another JWS algorithm ({@code RS512}, {@code HS256}, {@code none}...). */
    public static String signedWith(String algorithm, String tenant, String customerId) {
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER).signedWith(algorithm).mint();
    }

    /**
     * An OIDC ID token of the customer, shaped as the Spring Authorization Server issues them ({@code azp},
     * {@code nonce}, {@code auth_time}, {@code sid}), addressed to the web client and, as an identity provider
     * that puts tenant and roles in every token would, to the services too: only its ID-token claims tell it
     * from an access token.
     */
    public static String idToken(String tenant, String customerId) {
        String[] audience = Stream.concat(Stream.of(WEB_CLIENT), SERVICES.stream()).toArray(String[]::new);
        return builder().subject(customerId).tenant(tenant).roles(CUSTOMER).audience(audience)
                .claim("azp", WEB_CLIENT).claim("nonce", "n-0S6_WzA2Mj").claim("auth_time", Instant.now().getEpochSecond())
                .claim("sid", "demo-session").mint();
    }

    public static TestTokenBuilder builder() {
        return new TestTokenBuilder();
    }

    /**
     * A decoder that accepts the tokens of this class (signature with the test key in RS256, RS384 or RS512,
     * issuer, expiry) and nothing else. In a service, platform-api's token rules wrap it (audience,
     * the algorithm list, which is RS256 only by default, {@code exp} required, claim bounds), as they wrap
     * the production decoder.
     */
    public static ReactiveJwtDecoder jwtDecoder() {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512),
                new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(publicKey()).keyID(KEY_ID).build()))));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // the claims are Spring's validators' job, below
        });
        NimbusReactiveJwtDecoder decoder = new NimbusReactiveJwtDecoder(jwt -> Mono.fromCallable(() -> processor.process(jwt, null))
                .onErrorMap(failure -> !(failure instanceof JwtException), failure -> new BadJwtException(failure.getMessage(), failure)));
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    static JWSSigner signer() {
        return new RSASSASigner((RSAPrivateKey) KEYS.getPrivate());
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }
}
