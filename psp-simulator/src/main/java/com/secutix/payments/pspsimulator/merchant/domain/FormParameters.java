package com.secutix.payments.pspsimulator.merchant.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fields of a posted form; Ogone treats field names case-insensitively. */
public final class FormParameters {

    private final Map<String, String> asSent;
    private final Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public FormParameters(Map<String, String> fields) {
        this.asSent = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        byName.putAll(fields);
    }

    /** The value, trimmed; empty when absent or blank. */
    public Optional<String> get(String name) {
        String value = byName.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String getOrEmpty(String name) {
        return get(name).orElse("");
    }

    public boolean isYes(String name) {
        return get(name).map(v -> v.toUpperCase(Locale.ROOT).equals("Y")).orElse(false);
    }

    /** Every field as sent, for signatures. */
    public Map<String, String> all() {
        return asSent;
    }

    /** Only the named fields (the ones a signature covers). */
    public Map<String, String> only(Iterable<String> names) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String name : names) {
            get(name).ifPresent(value -> selected.put(name, byName.get(name)));
        }
        return selected;
    }
}
