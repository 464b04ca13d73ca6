package com.secutix.payments.benchmarks.payment;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import com.secutix.payments.benchmarks.load.Answer;
import com.secutix.payments.benchmarks.load.Target;

/**
 * B-psp: the PSP simulator alone, a DirectLink sale ({@code orderdirect.asp}, {@code OPERATION=SAL}) on
 * the alias entered at set-up, signed with the demo account's SHA-IN passphrase (SHA-512) as the
 * gateway signs it; a unique ORDERID per request; {@code STATUS="9"} (captured) expected.
 * The demo account's values are the DEMO values of payment-gateway-service's application-local.yml.
 */
public final class DirectLinkTarget implements Target {

    private static final URI ORDER_DIRECT = URI.create(SalesSystem.SIMULATOR + "/ncol/test/orderdirect.asp");
    private static final String PSPID = "SECUTIXDEMO";
    private static final String API_USER = "secutix-api";
    private static final String API_PASSWORD = "demo-api-password";
    private static final String SHA_IN_PASSPHRASE = "Demo-SHA-IN-passphrase-2026";

    private final String alias;
    private final String run;
    private final AtomicLong sent = new AtomicLong();

    public DirectLinkTarget(String alias, String run) {
        this.alias = alias;
        this.run = run;
    }

    @Override
    public String name() {
        return "B-psp";
    }

    @Override
    public HttpRequest request(long index) {
        long sequence = sent.incrementAndGet(); // unique over every step, where indexes restart at 0
        Map<String, String> fields = new TreeMap<>(Map.of("PSPID", PSPID, "USERID", API_USER, "PSWD", API_PASSWORD,
                "ORDERID", "BPSP-" + run + "-" + sequence, "AMOUNT", "8250", "CURRENCY", "EUR", "OPERATION", "SAL",
                "ALIAS", alias, "ALIASPERSISTEDAFTERUSE", "Y", "ECI", "7"));
        fields.put("SHASIGN", shaIn(fields, SHA_IN_PASSPHRASE));
        return HttpRequest.newBuilder(ORDER_DIRECT).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SalesSystem.formEncoded(fields))).build();
    }

    @Override
    public String problemWith(Answer answer) {
        return answer.status() == 200 && answer.body().contains("STATUS=\"9\"") ? null
                : "status " + answer.status() + ": " + answer.body();
    }

    /** Ogone's SHA-IN: non-empty fields, names upper-cased and sorted, NAME=value + passphrase each, SHA-512, hex upper-case. */
    static String shaIn(Map<String, String> fields, String passphrase) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (value != null && !value.isEmpty() && !name.equalsIgnoreCase("SHASIGN")) {
                text.append(name.toUpperCase(Locale.ROOT)).append('=').append(value).append(passphrase);
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
