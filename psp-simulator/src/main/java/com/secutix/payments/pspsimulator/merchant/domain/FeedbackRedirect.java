package com.secutix.payments.pspsimulator.merchant.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser redirect back to the merchant (ACCEPTURL, DECLINEURL, EXCEPTIONURL) carrying feedback
 * parameters, signed with the account's SHA-OUT passphrase, plus the PARAMPLUS pass-through fields.
 */
public final class FeedbackRedirect {

    private FeedbackRedirect() {
    }

    public static String to(String url, Map<String, String> feedback, MerchantAccount account, String paramPlus) {
        Map<String, String> all = new LinkedHashMap<>(feedback);
        all.put("SHASIGN", account.signOut(ShaOutParameters.signedPart(feedback)));
        passThrough(paramPlus).forEach(all::putIfAbsent);
        StringBuilder location = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> field : all.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            location.append(separator).append(encode(field.getKey())).append('=').append(encode(field.getValue()));
            separator = '&';
        }
        return location.toString();
    }

    /** PARAMPLUS holds "name=value&name2=value2"; Ogone sends those fields back unchanged and unsigned. */
    static Map<String, String> passThrough(String paramPlus) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (paramPlus == null || paramPlus.isBlank()) {
            return fields;
        }
        for (String pair : paramPlus.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
