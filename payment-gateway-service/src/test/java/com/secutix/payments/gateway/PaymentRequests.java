package com.secutix.payments.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Bodies of {@code POST /payments} for the tests, each with a fresh order reference. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    public static Map<String, Object> saleFor(String customerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operation", "SALE");
        body.put("alias", "ALIAS-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("amount", "82.50");
        body.put("currency", "EUR");
        body.put("orderReference", anyOrderReference());
        body.put("customerId", customerId);
        body.put("channel", "WEB");
        body.put("saveCard", true);
        body.put("card", card());
        return body;
    }

    public static Map<String, Object> card() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("brand", "VISA");
        card.put("maskedNumber", "XXXXXXXXXXXX1111");
        card.put("expiry", "12/29");
        card.put("holderName", "Alice Martin");
        return card;
    }

    public static String anyOrderReference() {
        return "ORD-" + UUID.randomUUID();
    }

    public static String anyKey() {
        return UUID.randomUUID().toString();
    }
}
