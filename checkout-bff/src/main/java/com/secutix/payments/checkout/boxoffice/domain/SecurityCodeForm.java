package com.secutix.payments.checkout.boxoffice.domain;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Alias Gateway form the gateway signed (SHA-IN) for one saved card of one customer: the terminal posts its
 * hidden fields and the security code the customer types ({@link #SECURITY_CODE_FIELD}) straight to the PSP at
 * {@code action}, never to us. The fields carry the saved card's alias, as the protocol needs; it pays nothing
 * without our gateway's credentials.
 */
public record SecurityCodeForm(URI action, Map<String, String> fields) {

    /** The Alias Gateway's field for the card's security code, which the terminal adds to the form. */
    public static final String SECURITY_CODE_FIELD = "CVC";

    public SecurityCodeForm {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String toString() {
        return "SecurityCodeForm[action=" + action + ", fields=[hidden]]";
    }
}
