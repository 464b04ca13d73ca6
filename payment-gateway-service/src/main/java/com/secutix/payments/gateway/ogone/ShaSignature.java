package com.secutix.payments.gateway.ogone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ogone's signature rule: every parameter with a non-empty value, name upper-cased, sorted by name,
 * each written as {@code NAME=value} followed by the passphrase, all concatenated, hashed, in
 * upper-case hexadecimal. With the SHA-IN passphrase it signs our requests and the Alias Gateway form;
 * with the SHA-OUT passphrase (over {@link ShaOutParameters}) it checks the PSP's redirects.
 */
public final class ShaSignature {

    public static final String PARAMETER = "SHASIGN";

    private ShaSignature() {
    }

    public static String of(Map<String, String> parameters, String passphrase, ShaAlgorithm algorithm) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> {
            String upperName = name.toUpperCase(Locale.ROOT);
            if (value != null && !value.isEmpty() && !PARAMETER.equals(upperName)) {
                sorted.put(upperName, value);
            }
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append(passphrase));
        return HexFormat.of().withUpperCase().formatHex(digest(algorithm).digest(
                text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code given} is the signature of the parameters, compared in constant time, hex case ignored. */
    public static boolean matches(String given, Map<String, String> parameters, String passphrase,
            ShaAlgorithm algorithm) {
        if (given == null || given.isEmpty()) {
            return false;
        }
        byte[] expected = of(parameters, passphrase, algorithm).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest digest(ShaAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is missing from this JVM", e);
        }
    }
}
