package com.secutix.payments.pspsimulator.merchant.adapter.in.web;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a posted form into {@link FormParameters} (the first value of each field). */
public final class Forms {

    private Forms() {
    }

    public static FormParameters parameters(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        return new FormParameters(fields);
    }
}
