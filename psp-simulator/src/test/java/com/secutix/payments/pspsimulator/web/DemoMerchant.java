package com.secutix.payments.pspsimulator.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo account of docs/conventions.md as the merchant side sees it, with its own SHA code (written from
 * Ogone's rule, independently of the simulator's) so the tests check the simulator rather than reuse it.
 */
final class DemoMerchant {

    static final String PSPID = "SECUTIXDEMO";
    static final String API_USER = "secutix-api";
    static final String API_PASSWORD = "demo-api-password";
    static final String SHA_IN = "Demo-SHA-IN-passphrase-2026";
    static final String SHA_OUT = "Demo-SHA-OUT-passphrase-2026";

    private DemoMerchant() {
    }

    static String sha512(String text) {
        try {
            return HexFormat.of().withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(Map<String, String> fields, String passphrase) {
        TreeMap<String, String> sorted = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isEmpty() && !name.equalsIgnoreCase("SHASIGN")) {
                sorted.put(name.toUpperCase(Locale.ROOT), value);
            }
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append(passphrase));
        return sha512(text.toString());
    }
}
