package com.secutix.payments.platform.web.attempts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * How a subject is stored: the HMAC-SHA256 hex of {@code <limit name>:<subject>} under the secret
 * {@code payments.attempts.subject-key}, so no customer id or address is kept in clear, the same subject has
 * unrelated hashes under two limits, and the hashes cannot be reversed by hashing every IPv4 address
 * without the key. Every instance of a service shares the key, so they count the same subject together.
 */
final class SubjectHash {

    static final int SHORTEST_KEY = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** {@code secret} may be null for a service that sets no limit; it then counts nothing. */
    SubjectHash(String secret) {
        this.key = secret == null || secret.isEmpty() ? null
                : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(AttemptLimit limit, String subject) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("an attempt is counted for a subject");
        }
        if (key == null) {
            throw new IllegalStateException("payments.attempts.subject-key must be set to count attempts");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((limit.name() + ":" + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
