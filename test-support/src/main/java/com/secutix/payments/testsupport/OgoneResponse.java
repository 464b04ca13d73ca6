package com.secutix.payments.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A DirectLink answer: {@code <ncresponse orderID=".." PAYID=".." .../>}, with the optional
 * {@code <HTML_ANSWER>} element (base64 HTML) of a 3-D Secure challenge. Every attribute is
 * present, empty when unset, as the PSP does.
 */
public final class OgoneResponse {

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private String htmlAnswerBase64;

    private OgoneResponse() {
        for (String name : new String[] {"orderID", "PAYID", "PAYIDSUB", "NCSTATUS", "NCERROR", "NCERRORPLUS",
                "ACCEPTANCE", "STATUS", "ECI", "amount", "currency", "PM", "BRAND", "ALIAS"}) {
            attributes.put(name, "");
        }
        attributes.put("PAYIDSUB", "0");
        attributes.put("NCSTATUS", "0");
        attributes.put("NCERROR", "0");
        attributes.put("NCERRORPLUS", "!");
        attributes.put("PM", "CreditCard");
    }

    public static OgoneResponse builder() {
        return new OgoneResponse();
    }

    /** An accepted operation: {@code NCSTATUS=0}, {@code NCERROR=0} and the given STATUS. */
    public static OgoneResponse accepted(String orderId, String payId, int status) {
        return builder().orderId(orderId).payId(payId).status(status).acceptance("test123");
    }

    public OgoneResponse orderId(String orderId) {
        return set("orderID", orderId);
    }

    public OgoneResponse payId(String payId) {
        return set("PAYID", payId);
    }

    public OgoneResponse payIdSub(String payIdSub) {
        return set("PAYIDSUB", payIdSub);
    }

    public OgoneResponse ncStatus(String ncStatus) {
        return set("NCSTATUS", ncStatus);
    }

    public OgoneResponse ncError(String ncError) {
        return set("NCERROR", ncError);
    }

    public OgoneResponse ncErrorPlus(String ncErrorPlus) {
        return set("NCERRORPLUS", ncErrorPlus);
    }

    public OgoneResponse acceptance(String acceptance) {
        return set("ACCEPTANCE", acceptance);
    }

    public OgoneResponse status(int status) {
        return set("STATUS", Integer.toString(status));
    }

    public OgoneResponse eci(String eci) {
        return set("ECI", eci);
    }

    /** The amount as the PSP writes it: a decimal in major units, e.g. {@code 82.5}. */
    public OgoneResponse amount(String amount) {
        return set("amount", amount);
    }

    public OgoneResponse currency(String currency) {
        return set("currency", currency);
    }

    public OgoneResponse paymentMethod(String pm) {
        return set("PM", pm);
    }

    public OgoneResponse brand(String brand) {
        return set("BRAND", brand);
    }

    public OgoneResponse alias(String alias) {
        return set("ALIAS", alias);
    }

    /** The page to show the buyer (3-D Secure); sent base64-encoded in {@code <HTML_ANSWER>}. */
    public OgoneResponse htmlAnswer(String html) {
        this.htmlAnswerBase64 = Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<ncresponse");
        attributes.forEach((name, value) -> xml.append('\n').append(name).append("=\"").append(escape(value)).append('"'));
        if (htmlAnswerBase64 == null) {
            return xml.append(">\n</ncresponse>").toString();
        }
        return xml.append(">\n<HTML_ANSWER>").append(htmlAnswerBase64).append("</HTML_ANSWER>\n</ncresponse>").toString();
    }

    @Override
    public String toString() {
        return toXml();
    }

    private OgoneResponse set(String attribute, String value) {
        attributes.put(attribute, value == null ? "" : value);
        return this;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
