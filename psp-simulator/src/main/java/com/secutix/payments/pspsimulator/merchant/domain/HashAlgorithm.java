package com.secutix.payments.pspsimulator.merchant.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The hash algorithms an Ogone account can be configured with. */
public enum HashAlgorithm {
    SHA_1("SHA-1"), SHA_256("SHA-256"), SHA_512("SHA-512");

    private final String jcaName;

    HashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** Accepts "SHA-512", "SHA512", "sha_512"... */
    public static HashAlgorithm parse(String text) {
        String compact = text == null ? "" : text.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (compact) {
            case "SHA1" -> SHA_1;
            case "SHA256" -> SHA_256;
            case "SHA512" -> SHA_512;
            default -> throw new IllegalArgumentException("unsupported hash algorithm: " + text);
        };
    }

    /** Upper-case hexadecimal digest of the UTF-8 bytes of the text. */
    public String hexDigest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance(jcaName).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is not available in this JVM", e);
        }
    }
}
