package com.secutix.payments.gateway.cardentry.domain;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of an Alias Gateway redirect, names upper-cased: Ogone sends some in mixed case
 * ({@code OrderID}, {@code NCErrorCardNo}, {@code SHASign}). A name given twice, in any case, is refused:
 * which value the signature covered would be ambiguous.
 */
public record RedirectParameters(Map<String, String> values) {

    private static final int MAX_PARAMETERS = 100;

    public RedirectParameters {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static RedirectParameters of(Map<String, List<String>> given) {
        if (given.size() > MAX_PARAMETERS) {
            throw new InvalidCardEntryException("the redirect has more than " + MAX_PARAMETERS + " parameters");
        }
        Map<String, String> values = new TreeMap<>();
        given.forEach((name, list) -> {
            String upperName = name.toUpperCase(Locale.ROOT);
            if (list.size() != 1 || values.containsKey(upperName)) {
                throw new InvalidCardEntryException(printable(upperName) + ": is given more than once");
            }
            values.put(upperName, list.get(0) == null ? "" : list.get(0));
        });
        return new RedirectParameters(values);
    }

    public Optional<String> get(String upperCaseName) {
        return Optional.ofNullable(values.get(upperCaseName)).filter(value -> !value.isEmpty());
    }

    public String required(String upperCaseName) {
        return get(upperCaseName).orElseThrow(() -> new InvalidCardEntryException(upperCaseName + ": is required"));
    }

    private static String printable(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
    }
}
