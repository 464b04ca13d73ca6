package com.secutix.payments.gateway.payment.adapter.out.psp;

import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.OgoneAmount;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.Operation;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/** The DirectLink request fields of an order and of a query, before signing. */
final class OgoneOrderRequest {

    /** ECI 7: e-commerce; ECI 1: mail or telephone order, card details keyed by the merchant. */
    private static final String ECI_ECOMMERCE = "7";
    private static final String ECI_MAIL_TELEPHONE_ORDER = "1";

    private OgoneOrderRequest() {
    }

    static Map<String, String> parametersOf(Payment payment, PspProperties.Account account) {
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
        return parameters;
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
