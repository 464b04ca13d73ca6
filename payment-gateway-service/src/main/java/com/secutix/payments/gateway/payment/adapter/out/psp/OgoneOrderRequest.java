package com.secutix.payments.gateway.payment.adapter.out.psp;

import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.payment.domain.BuyerBrowser;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.OgoneAmount;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.Operation;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The DirectLink request fields of an order and of a query, before signing. */
final class OgoneOrderRequest {

    /** ECI 7: e-commerce; ECI 1: mail or telephone order, card details keyed by the merchant. */
    private static final String ECI_ECOMMERCE = "7";
    private static final String ECI_MAIL_TELEPHONE_ORDER = "1";
    /** The 3-D Secure page opens in the main window: the PSP's HTML_ANSWER replaces our page. */
    private static final String WIN3DS_MAIN_WINDOW = "MAINW";

    private OgoneOrderRequest() {
    }

    /** The order's fields; an e-commerce order with {@code threeDSecure} asks for 3-D Secure ({@code FLAG3D=Y}). */
    static Map<String, String> parametersOf(Payment payment, Optional<ThreeDSecureRequest> threeDSecure,
            PspProperties.Account account) {
        PaymentDetails details = payment.details();
        Map<String, String> parameters = credentials(account);
        parameters.put("ORDERID", payment.orderId().value());
        parameters.put("AMOUNT", Long.toString(OgoneAmount.of(details.amount())));
        parameters.put("CURRENCY", details.amount().currency());
        parameters.put("OPERATION", details.operation() == Operation.SALE ? "SAL" : "RES");
        parameters.put("ALIAS", details.alias().value());
        parameters.put("ALIASPERSISTEDAFTERUSE", details.saveCard() ? "Y" : "N");
        parameters.put("ECI", eciOf(details.channel()));
        if (details.card() != null && details.card().holderName() != null) {
            parameters.put("CN", details.card().holderName());
        }
        threeDSecure.ifPresent(request -> askForThreeDSecure(parameters, request));
        return parameters;
    }

    private static void askForThreeDSecure(Map<String, String> parameters, ThreeDSecureRequest request) {
        BuyerBrowser browser = request.browser();
        parameters.put("FLAG3D", "Y");
        parameters.put("WIN3DS", WIN3DS_MAIN_WINDOW);
        parameters.put("ACCEPTURL", request.acceptUrl().toString());
        parameters.put("DECLINEURL", request.declineUrl().toString());
        parameters.put("EXCEPTIONURL", request.exceptionUrl().toString());
        parameters.put("HTTP_ACCEPT", browser.acceptHeader());
        parameters.put("HTTP_USER_AGENT", browser.userAgent());
        parameters.put("LANGUAGE", browser.language().replace('-', '_'));
        parameters.put("browserAcceptHeader", browser.acceptHeader());
        parameters.put("browserUserAgent", browser.userAgent());
        parameters.put("browserLanguage", browser.language());
        parameters.put("browserColorDepth", browser.colorDepth().toString());
        parameters.put("browserJavaEnabled", browser.javaEnabled() ? "true" : "false");
        parameters.put("browserScreenHeight", browser.screenHeight().toString());
        parameters.put("browserScreenWidth", browser.screenWidth().toString());
        parameters.put("browserTimeZone", browser.timeZoneOffsetMinutes().toString());
    }

    static Map<String, String> queryParametersOf(OgoneOrderId orderId, PspProperties.Account account) {
        Map<String, String> parameters = credentials(account);
        parameters.put("ORDERID", orderId.value());
        return parameters;
    }

    private static Map<String, String> credentials(PspProperties.Account account) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("PSPID", account.pspid());
        parameters.put("USERID", account.apiUser());
        parameters.put("PSWD", account.apiPassword());
        return parameters;
    }

    private static String eciOf(Channel channel) {
        return switch (channel) {
            case WEB, MOBILE -> ECI_ECOMMERCE;
            case CALL_CENTRE, BOX_OFFICE -> ECI_MAIL_TELEPHONE_ORDER;
        };
    }
}
