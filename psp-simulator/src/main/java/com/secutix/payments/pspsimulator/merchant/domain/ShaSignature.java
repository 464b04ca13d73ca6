package com.secutix.payments.pspsimulator.merchant.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ogone's SHA-IN / SHA-OUT rule: every parameter with a non-empty value, name upper-cased, sorted by
 * name, concatenated as {@code NAME=value} followed by the passphrase, hashed, hex upper-case.
 * SHASIGN itself is never part of the string.
 */
public final class ShaSignature {

    private ShaSignature() {
    }

    public static String of(Map<String, String> parameters, String passphrase, HashAlgorithm algorithm) {
        return algorithm.hexDigest(stringToHash(parameters, passphrase));
    }

    static String stringToHash(Map<String, String> parameters, String passphrase) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            String upperName = name.toUpperCase(Locale.ROOT);
            if (value != null && !value.isEmpty() && !upperName.equals("SHASIGN")) {
                sorted.put(upperName, value);
            }
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append(passphrase));
        return text.toString();
    }

    /** Constant-time comparison, case-insensitive on the hex digits. */
    public static boolean same(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                given.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
