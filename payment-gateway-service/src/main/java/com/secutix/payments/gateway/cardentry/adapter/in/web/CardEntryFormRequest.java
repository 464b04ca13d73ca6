package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Body of {@code POST /card-entry/forms}. Any other field (a card number...) is refused. */
public record CardEntryFormRequest(String orderReference, String acceptUrl, String exceptionUrl, String alias,
        String paramPlus, @JsonAnySetter Map<String, Object> unexpected) {

    public CardEntryFormRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    CardEntryRequest toRequest() {
        for (String name : unexpected.keySet()) {
            String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
            throw new InvalidCardEntryException((safe.length() > 40 ? safe.substring(0, 40) + "..." : safe)
                    + ": is not a field of a card-entry request; card data goes to the PSP only");
        }
        return CardEntryRequest.of(orderReference, acceptUrl, exceptionUrl, alias, paramPlus);
    }
}
