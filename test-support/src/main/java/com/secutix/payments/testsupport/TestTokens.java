package com.secutix.payments.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Bearer tokens for tests: RS256 JWTs signed with a key pair generated once per JVM (no key is
 * ever written to disk or committed). {@link #jwtDecoder()} trusts exactly these tokens;
 * {@code @PlatformIntegrationTest} registers it in the application context.
 *
 * <p>Claims follow the platform conventions: {@code sub}, {@code tenant_id}, {@code roles}
 * (lower-case role names), {@code iss}, {@code iat}, {@code exp}.
 */
public final class TestTokens {

    /** The issuer of test tokens: the local identity provider's, so services see the usual value. */
    public static final String ISSUER = "http://localhost:9000";
    public static final String KEY_ID = "test-tokens";
    public static final Duration LIFETIME = Duration.ofHours(1);

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

    public static TestTokenBuilder builder() {
        return new TestTokenBuilder();
    }

    /** A decoder that accepts the tokens of this class (signature, issuer, expiry) and nothing else. */
    public static ReactiveJwtDecoder jwtDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
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
