package com.secutix.payments.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Access tokens whose signature this service has already verified, so that a client sending the same token
 * with every request (a sales system, a box office, the BFF) costs one RSA verification per token, not one
 * per request. A remembered token is still checked against {@link AccessTokenRules} on every use, expiry
 * included, and is forgotten at its {@code exp} or after {@code time-to-live}, whichever comes first.
 *
 * <p>Revocation: resource servers verify tokens locally and never ask the issuer whether a token was
 * revoked; what the issuer can withdraw is a signing key, which the decoder's cached key set honours only
 * after its own refresh (minutes). A time to live of a minute keeps that delay where it was.
 *
 * <p>Tokens are bearer secrets: they are remembered by their SHA-256 digest, never as text. A token that
 * failed verification is not remembered.
 */
final class VerifiedTokens {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokens::sha256);

    private final Cache<ByteBuffer, Jwt> tokens;
    private final Duration timeToLive;
    private final Clock clock;

    VerifiedTokens(VerifiedTokensProperties properties, Clock clock) {
        this.timeToLive = properties.timeToLive();
        this.clock = clock;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(properties.maximumSize())
                .expireAfter(Expiry.<ByteBuffer, Jwt>creating((digest, jwt) -> lifetimeOf(jwt)))
                .build();
    }

    boolean enabled() {
        return !timeToLive.isZero();
    }

    /** The token's claims as they were when its signature was verified, if it was verified here recently. */
    Optional<Jwt> verified(String token) {
        return enabled() ? Optional.ofNullable(tokens.getIfPresent(digestOf(token))) : Optional.empty();
    }

    /** Remembers a token whose signature and claims were just verified. */
    void remember(String token, Jwt jwt) {
        if (enabled() && jwt.getExpiresAt() != null) {
            tokens.put(digestOf(token), jwt);
        }
    }

    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    private Duration lifetimeOf(Jwt jwt) {
        Instant now = clock.instant();
        Duration untilExpiry = Duration.between(now, jwt.getExpiresAt());
        if (untilExpiry.isNegative()) {
            return Duration.ZERO;
        }
        return untilExpiry.compareTo(timeToLive) < 0 ? untilExpiry : timeToLive;
    }

    private static ByteBuffer digestOf(String token) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
