package com.secutix.payments.gateway.cardentry.domain;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed form a page shows the buyer: the PSP address to post to and the hidden fields, the
 * signature included. The buyer adds the card fields, which never pass through our servers.
 */
public record CardEntryForm(URI action, Map<String, String> fields) {

    public CardEntryForm {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
