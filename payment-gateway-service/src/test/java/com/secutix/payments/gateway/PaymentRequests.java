package com.secutix.payments.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Bodies of {@code POST /payments} for the tests, each with a fresh order reference. A web sale carries what
 * 3-D Secure needs (return URLs on the test tenant's list, {@link GatewayIntegrationTest#RETURN_URLS}, and a
 * browser); a box-office or call-centre sale carries none.
 */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    /** A web sale of 82.50 EUR with the customer's card, as the sales system asks for it. */
    public static Map<String, Object> saleFor(String customerId, String alias) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operation", "SALE");
        body.put("alias", alias);
        body.put("amount", "82.50");
        body.put("currency", "EUR");
        body.put("orderReference", anyOrderReference());
        body.put("customerId", customerId);
        body.put("channel", "WEB");
        body.put("saveCard", true);
        body.put("threeDSecure", threeDSecure());
        return body;
    }

    /** The same sale at a box-office counter: no channel needed (the terminal's role gives it), no 3-D Secure. */
    public static Map<String, Object> counterSaleFor(String customerId, String alias) {
        Map<String, Object> body = saleFor(customerId, alias);
        body.remove("channel");
        body.remove("threeDSecure");
        return body;
    }

    /** A web sale of 82.50 EUR with the customer's saved card, named by its id: the caller knows no alias. */
    public static Map<String, Object> saleWithSavedCard(String customerId, Object cardId) {
        Map<String, Object> body = saleFor(customerId, null);
        body.remove("alias");
        body.put("cardId", cardId);
        return body;
    }

    /** The same sale with the saved card at a box-office counter. */
    public static Map<String, Object> counterSaleWithSavedCard(String customerId, Object cardId) {
        Map<String, Object> body = saleWithSavedCard(customerId, cardId);
        body.remove("channel");
        body.remove("threeDSecure");
        return body;
    }

    public static Map<String, Object> threeDSecure() {
        Map<String, Object> threeDSecure = new LinkedHashMap<>();
        threeDSecure.put("acceptUrl", "https://shop.example/checkout/3ds/accepted");
        threeDSecure.put("declineUrl", "https://shop.example/checkout/3ds/declined");
        threeDSecure.put("exceptionUrl", "https://shop.example/checkout/3ds/error");
        threeDSecure.put("browser", browser());
        return threeDSecure;
    }

    public static Map<String, Object> browser() {
        Map<String, Object> browser = new LinkedHashMap<>();
        browser.put("acceptHeader", "text/html,application/xhtml+xml");
        browser.put("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36");
        browser.put("language", "fr-CH");
        browser.put("colorDepth", 24);
        browser.put("javaEnabled", false);
        browser.put("screenHeight", 1080);
        browser.put("screenWidth", 1920);
        browser.put("timeZoneOffsetMinutes", -60);
        return browser;
    }

    public static String anyOrderReference() {
        return "ORD-" + UUID.randomUUID();
    }

    public static String anyKey() {
        return UUID.randomUUID().toString();
    }
}
