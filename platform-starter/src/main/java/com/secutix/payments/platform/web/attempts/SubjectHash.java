package com.secutix.payments.platform.web.attempts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a subject is stored: SHA-256 hex of {@code <limit name>:<subject>}, so no customer id or address is
 * kept in clear and the same subject has unrelated hashes under two limits.
 */
final class SubjectHash {

    private SubjectHash() {
    }

    static String of(AttemptLimit limit, String subject) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("an attempt is counted for a subject");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((limit.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
