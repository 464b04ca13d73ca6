package com.secutix.payments.checkout.payment.domain;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hidden fields of an Alias Gateway form, signed by the gateway (SHA-IN), and where the browser posts them
 * with the card fields the buyer types: straight to the PSP, never to us. {@code pspOrderId} is the form's
 * ORDERID, which the PSP's redirect repeats.
 */
public record CardEntryForm(URI action, Map<String, String> fields) {

    public CardEntryForm {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String pspOrderId() {
        return fields.get("ORDERID");
    }
}
