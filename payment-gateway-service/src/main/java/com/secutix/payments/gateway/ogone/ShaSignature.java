package com.secutix.payments.gateway.payment.adapter.out.psp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ogone's SHA-IN rule: every parameter with a non-empty value, name upper-cased, sorted by name,
 * each written as {@code NAME=value} followed by the passphrase, all concatenated, hashed, in
 * upper-case hexadecimal. The same rule with the SHA-OUT passphrase checks the PSP's redirects.
 */
final class ShaInSignature {

    static final String PARAMETER = "SHASIGN";

    private ShaInSignature() {
    }

    static String of(Map<String, String> parameters, String passphrase, ShaAlgorithm algorithm) {
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

    private static MessageDigest digest(ShaAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is missing from this JVM", e);
        }
    }
}
