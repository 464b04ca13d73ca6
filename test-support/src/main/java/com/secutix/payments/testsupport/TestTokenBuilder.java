package com.secutix.payments.testsupport;

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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Builds one test JWT; start with {@link TestTokens#builder()}, end with {@link #mint()}. */
public final class TestTokenBuilder {

    private String subject = "test-subject";
    private String tenant;
    private List<String> roles = List.of();
    private String issuer = TestTokens.ISSUER;
    private Instant issuedAt = Instant.now();
    private Instant expiresAt;
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

    public TestTokenBuilder issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TestTokenBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public TestTokenBuilder claim(String name, Object value) {
        otherClaims.put(name, value);
        return this;
    }

    /** The compact JWT, for an {@code Authorization: Bearer} header. */
    public String mint() {
        return mint(TestTokens.signer());
    }

    String mint(JWSSigner signer) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt != null ? expiresAt : issuedAt.plus(TestTokens.LIFETIME)))
                .claim("roles", roles);
        if (tenant != null) {
            claims.claim("tenant_id", tenant);
        }
        otherClaims.forEach(claims::claim);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(TestTokens.KEY_ID)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
        return jwt.serialize();
    }
}
