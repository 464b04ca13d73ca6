package com.secutix.payments.testsupport;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Builds one test JWT; start with {@link TestTokens#builder()}, end with {@link #mint()}. */
public final class TestTokenBuilder {

    private String subject = "test-subject";
    private String tenant;
    private List<String> roles = List.of();
    private String issuer = TestTokens.ISSUER;
    private List<String> audience = TestTokens.SERVICES;
    private Instant issuedAt = Instant.now();
    private Instant expiresAt;
    private boolean withoutExpiry;
    private String algorithm = JWSAlgorithm.RS256.getName();
    private JOSEObjectType type = JOSEObjectType.JWT;
    private final Map<String, Object> otherClaims = new LinkedHashMap<>();

    TestTokenBuilder() {
    }

    public TestTokenBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestTokenBuilder tenant(String tenant) {
        this.tenant = tenant;
        return this;
    }

    /** Lower-case role names of the conventions: customer, operator, box_office, sales_system, admin. */
    public TestTokenBuilder roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokenBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** The {@code aud} claim; by default {@link TestTokens#SERVICES}, the five services. */
    public TestTokenBuilder audience(String... audience) {
        this.audience = List.of(audience);
        return this;
    }

    public TestTokenBuilder issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TestTokenBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** No {@code exp} claim at all (services must refuse such a token). */
    public TestTokenBuilder withoutExpiry() {
        this.withoutExpiry = true;
        return this;
    }

    /**
     * The JWS algorithm: {@code RS256} (default), {@code RS384} or {@code RS512} with the test key,
     * {@code HS256} with a random secret, or {@code none} for an unsigned token.
     */
    public TestTokenBuilder signedWith(String algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    /** The header's {@code typ}; {@code JWT} by default, null for none. */
    public TestTokenBuilder type(String type) {
        this.type = type == null ? null : new JOSEObjectType(type);
        return this;
    }

    public TestTokenBuilder claim(String name, Object value) {
        otherClaims.put(name, value);
        return this;
    }

    /** The compact JWT, for an {@code Authorization: Bearer} header. */
    public String mint() {
        if (algorithm.equals("none")) {
            return new PlainJWT(claims()).serialize();
        }
        JWSAlgorithm jws = JWSAlgorithm.parse(algorithm);
        return mint(JWSAlgorithm.Family.HMAC_SHA.contains(jws) ? randomSecretSigner() : TestTokens.signer());
    }

    String mint(JWSSigner signer) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm))
                .type(type)
                .keyID(TestTokens.KEY_ID)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet claims() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .claim("roles", roles);
        if (!withoutExpiry) {
            claims.expirationTime(Date.from(expiresAt != null ? expiresAt : issuedAt.plus(TestTokens.LIFETIME)));
        }
        if (tenant != null) {
            claims.claim("tenant_id", tenant);
        }
        otherClaims.forEach(claims::claim);
        return claims.build();
    }

    private static JWSSigner randomSecretSigner() {
        byte[] secret = new byte[64];
        new SecureRandom().nextBytes(secret);
        try {
            return new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not create an HMAC signer", e);
        }
    }
}
