package com.secutix.payments.gateway.savedcard.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a deleted card's PSP alias is remembered: the SHA-256 of the alias, in lower-case hexadecimal, never the alias
 * itself. A payment by alias is refused when its alias's digest is among the deleted ones; the digest cannot start a
 * charge, and our aliases are 128 random bits, so it cannot be turned back into one.
 */
public final class AliasDigest {

    private AliasDigest() {
    }

    public static String of(String alias) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(alias.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JVM has SHA-256", missing);
        }
    }
}
