package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.OrderAmount;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentOperation;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;
import com.secutix.payments.pspsimulator.payment.domain.TransactionStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of an {@code <ncresponse/>}, an optional HTML_ANSWER (base64, 3-D Secure) and whether the
 * simulated acquirer is too slow to answer in time.
 */
public record DirectLinkAnswer(Map<String, String> attributes, Optional<String> htmlAnswer, boolean late) {

    private static final String TEST_ACCEPTANCE = "test123";

    public DirectLinkAnswer {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public DirectLinkAnswer arrivingLate() {
        return new DirectLinkAnswer(attributes, htmlAnswer, true);
    }

    public DirectLinkAnswer withHtmlAnswer(String base64Html) {
        return new DirectLinkAnswer(attributes, Optional.of(base64Html), late);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public static DirectLinkAnswer refused(FormParameters form, PaymentRefusal refusal) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("orderID", form.getOrEmpty("ORDERID"));
        attributes.put("PAYID", form.get("PAYID").orElse("0"));
        attributes.put("NCSTATUS", refusal.error().ncStatus());
        attributes.put("NCERROR", refusal.error().code());
        attributes.put("NCERRORPLUS", refusal.detail());
        attributes.put("ACCEPTANCE", "");
        attributes.put("STATUS", String.valueOf(TransactionStatus.INVALID.code()));
        return new DirectLinkAnswer(attributes, Optional.empty(), false);
    }

    /** The answer to a body that says it is a form but cannot be decoded (bad percent-encoding, unknown charset). */
    public static DirectLinkAnswer unreadableForm() {
        return refused(new FormParameters(Map.of()),
                new PaymentRefusal(NcError.DATA_VALIDATION, "the form could not be decoded"));
    }

    /** The answer to orderdirect.asp. */
    public static DirectLinkAnswer order(Payment payment, boolean cvcKnown) {
        PaymentOperation order = payment.operation(0).orElseThrow();
        Map<String, String> attributes = common(payment, order, order.status(), false);
        attributes.put("ECI", payment.details().eci());
        attributes.put("amount", OrderAmount.decimal(order.amount()));
        attributes.put("currency", payment.details().amount().currency());
        attributes.put("PM", "CreditCard");
        attributes.put("BRAND", payment.details().card().brand().ogoneName());
        attributes.put("ALIAS", payment.details().card().alias());
        attributes.put("CVCCheck", cvcKnown ? "OK" : "NO");
        return new DirectLinkAnswer(attributes, Optional.empty(), false);
    }

    /** The answer to maintenancedirect.asp; {@code shown} may be the pending form (91, 61, 81) of the status. */
    public static DirectLinkAnswer maintenance(Payment payment, PaymentOperation operation, TransactionStatus shown) {
        Map<String, String> attributes = common(payment, operation, shown, true);
        attributes.put("amount", OrderAmount.decimal(operation.amount()));
        attributes.put("currency", payment.details().amount().currency());
        return new DirectLinkAnswer(attributes, Optional.empty(), false);
    }

    /** The answer to querydirect.asp. */
    public static DirectLinkAnswer query(Payment payment, PaymentOperation operation) {
        Map<String, String> attributes = common(payment, operation, operation.status(), true);
        attributes.put("ECI", payment.details().eci());
        attributes.put("amount", OrderAmount.decimal(operation.amount()));
        attributes.put("currency", payment.details().amount().currency());
        attributes.put("PM", "CreditCard");
        attributes.put("BRAND", payment.details().card().brand().ogoneName());
        attributes.put("CARDNO", payment.details().card().maskedNumber());
        return new DirectLinkAnswer(attributes, Optional.empty(), false);
    }

    private static Map<String, String> common(Payment payment, PaymentOperation operation, TransactionStatus shown,
                                              boolean withPayIdSub) {
        NcError error = operation.error();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("orderID", payment.details().orderId());
        attributes.put("PAYID", String.valueOf(payment.payId()));
        if (withPayIdSub) {
            attributes.put("PAYIDSUB", String.valueOf(operation.payIdSub()));
        }
        attributes.put("NCSTATUS", error.ncStatus());
        attributes.put("NCERROR", error.code());
        attributes.put("NCERRORPLUS", error.explanation());
        attributes.put("ACCEPTANCE", error == NcError.NONE ? TEST_ACCEPTANCE : "");
        attributes.put("STATUS", String.valueOf(shown.code()));
        return attributes;
    }
}
