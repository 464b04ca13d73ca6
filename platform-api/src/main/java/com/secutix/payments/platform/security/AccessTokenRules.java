package com.secutix.payments.platform.security;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which bearer tokens a service accepts (docs/conventions.md, "Security"). Every {@link ReactiveJwtDecoder}
 * of a service context is wrapped with these rules ({@link #enforcedOn}), Boot's production decoder and
 * test-support's decoder of {@code TestTokens} alike, so tests run the real rules:
 * <ul>
 *   <li>before the signature is checked: the header's {@code alg} is one of the listed algorithms (RS256 by
 *       default), never {@code none}, and its {@code typ}, when present, is {@code JWT} (as Spring's default
 *       validators require);</li>
 *   <li>after: {@code exp} present and not passed, {@code iss} the configured issuer, no ID-token claim
 *       ({@code nonce}, {@code azp}, {@code at_hash}, {@code c_hash}: an ID token is addressed to a client,
 *       never to a service), {@code aud} containing this service's audience, {@code sub} and {@code tenant_id}
 *       strings of at most {@value #MAX_CLAIM_LENGTH} characters without control characters, {@code roles}
 *       at most {@value #MAX_ROLES} known role names.</li>
 * </ul>
 * A refusal is a {@link BadJwtException} whose message starts with "The token", answered as a 401 problem.
 */
public final class AccessTokenRules {

    public static final int MAX_CLAIM_LENGTH = 64;
    public static final int MAX_ROLES = 10;

    static final Set<String> ID_TOKEN_CLAIMS = Set.of("nonce", "azp", "at_hash", "c_hash");

    private final String audience;
    private final Set<String> algorithms;
    private final String issuer;
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator();

    /**
     * @param audience   the value this service's tokens must carry in {@code aud}
     * @param algorithms the accepted signing algorithms ({@code RS256}, ...)
     * @param issuer     the expected {@code iss}, or null to leave the issuer to the decoder
     */
    public AccessTokenRules(String audience, Collection<String> algorithms, String issuer) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("payments.security.audience is not set: the audience this service's tokens must carry"
                    + " (by default spring.application.name)");
        }
        if (algorithms == null || algorithms.isEmpty() || algorithms.stream().anyMatch(name -> name.equalsIgnoreCase("none"))) {
            throw new IllegalArgumentException("spring.security.oauth2.resourceserver.jwt.jws-algorithms must list signing algorithms"
                    + " (none is never accepted): " + algorithms);
        }
        this.audience = audience;
        this.algorithms = Set.copyOf(algorithms);
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer;
    }

    public String audience() {
        return audience;
    }

    public Set<String> algorithms() {
        return algorithms;
    }

    /** The decoder, with these rules around it; every token's signature verified on every use. */
    public ReactiveJwtDecoder enforcedOn(ReactiveJwtDecoder decoder) {
        return enforcedOn(decoder, new VerifiedTokens(new VerifiedTokensProperties(Duration.ZERO, 0L), Clock.systemUTC()));
    }

    /** The decoder, with these rules around it; a token verified recently is not verified again ({@link VerifiedTokens}). */
    ReactiveJwtDecoder enforcedOn(ReactiveJwtDecoder decoder, VerifiedTokens verifiedTokens) {
        return decoder instanceof AccessTokenDecoder ? decoder : new AccessTokenDecoder(decoder, this, verifiedTokens);
    }

    /** What the header says, checked before the signature is: no key is fetched for a token refused here. */
    void checkHeader(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new BadJwtException("The token is not a well-formed JWT.");
        }
        if (jwt instanceof EncryptedJWT) {
            throw new BadJwtException("The token is encrypted; a signed access token is required.");
        }
        Header header = jwt.getHeader();
        String algorithm = header.getAlgorithm() == null ? "none" : header.getAlgorithm().getName();
        if (!algorithms.contains(algorithm)) {
            throw new BadJwtException("The token is signed with " + printable(algorithm) + "; this service accepts "
                    + algorithms.stream().sorted().collect(Collectors.joining(", ")) + " only.");
        }
        JOSEObjectType type = header.getType();
        if (type != null && !JOSEObjectType.JWT.getType().equalsIgnoreCase(type.getType())) {
            throw new BadJwtException("The token's type (typ) is not JWT.");
        }
    }

    /** The claims of a token whose signature the decoder verified. */
    void checkClaims(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            throw new BadJwtException("The token has no expiry (exp).");
        }
        if (timestamps.validate(jwt).hasErrors()) {
            throw new BadJwtException("The token has expired or is not valid yet.");
        }
        if (issuer != null && !issuer.equals(jwt.getClaimAsString("iss"))) {
            throw new BadJwtException("The token comes from another issuer.");
        }
        if (ID_TOKEN_CLAIMS.stream().anyMatch(jwt::hasClaim)) {
            throw new BadJwtException("The token is an ID token; an access token is required.");
        }
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new BadJwtException("The token is not meant for this service (aud).");
        }
        checkShortText(jwt.getClaims().get("sub"), "sub");
        checkShortText(jwt.getClaims().get(Callers.TENANT_CLAIM), Callers.TENANT_CLAIM);
        checkRoles(jwt.getClaims().get(Callers.ROLES_CLAIM));
    }

    private static void checkShortText(Object value, String claim) {
        if (value == null) {
            return; // required, but refused by the authentication converter with its own message
        }
        if (!(value instanceof String text)) {
            throw new BadJwtException("The token's " + claim + " is not a string.");
        }
        if (text.length() > MAX_CLAIM_LENGTH) {
            throw new BadJwtException("The token's " + claim + " is longer than " + MAX_CLAIM_LENGTH + " characters.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new BadJwtException("The token's " + claim + " holds control characters.");
        }
    }

    private static void checkRoles(Object value) {
        if (value == null) {
            return;
        }
        Collection<?> names = value instanceof Collection<?> collection ? collection
                : value instanceof String single ? List.of(single.split("[ ,]+")) : null;
        if (names == null) {
            throw new BadJwtException("The token's roles is not a list of role names.");
        }
        if (names.size() > MAX_ROLES) {
            throw new BadJwtException("The token carries more than " + MAX_ROLES + " roles.");
        }
        for (Object name : names) {
            if (!(name instanceof String role) || Role.fromClaimValue(role).isEmpty()) {
                throw new BadJwtException("The token carries an unknown role.");
            }
        }
    }

    /** An algorithm name is echoed only when it looks like one (the header is not trusted yet). */
    private static String printable(String algorithm) {
        return algorithm.matches("[A-Za-z0-9+_-]{1,16}") ? algorithm : "an unknown algorithm";
    }
}
