package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Body of {@code POST /card-entry/forms}. {@code customerId} names the customer the card is for when staff or
 * a machine client asks; a customer enters cards for themselves. {@code alias} updates an alias of the customer;
 * {@code cardId} instead names a saved card of the customer whose security code the buyer types again (a CVV
 * re-entry); {@code updatesCardId} names a saved card of the customer whose details (expiry, holder) the buyer
 * changes through an alias update of that card. Any other field (a card number...) is refused.
 */
public record CardEntryFormRequest(String orderReference, String customerId, String acceptUrl, String exceptionUrl,
        String alias, String cardId, String updatesCardId, String paramPlus,
        @JsonAnySetter Map<String, Object> unexpected) {

    public CardEntryFormRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** The request for {@code customer}: the caller's own id for a customer, the given one for staff. */
    CardEntryRequest toRequest(String customer) {
        for (String name : unexpected.keySet()) {
            String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
            throw new InvalidCardEntryException((safe.length() > 40 ? safe.substring(0, 40) + "..." : safe)
                    + ": is not a field of a card-entry request; card data goes to the PSP only");
        }
        return CardEntryRequest.of(orderReference, customer, acceptUrl, exceptionUrl, alias, paramPlus, cardId,
                updatesCardId);
    }
}
