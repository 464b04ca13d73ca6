package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.merchant.application.MerchantAccounts;
import com.secutix.payments.pspsimulator.merchant.domain.FeedbackRedirect;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.domain.OrderAmount;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentDetails;
import com.secutix.payments.pspsimulator.payment.domain.PaymentOperation;
import com.secutix.payments.pspsimulator.payment.domain.ThreeDsReturn;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated issuer's 3-D Secure page: the buyer authenticates or fails; the payment completes (9 for a
 * sale, 5 for an authorisation) or is refused (2), and the browser goes back to ACCEPTURL / DECLINEURL with
 * the e-Commerce feedback parameters signed with SHA-OUT.
 */
public class CompleteIdentification {

    /** What the challenge page shows. */
    public record Challenge(String token, String pspid, String orderId, String amount, String currency,
                            String brand, String maskedCardNumber) {
    }

    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("MM/dd/yy");

    private final Payments payments;
    private final MerchantAccounts accounts;
    private final Clock clock;

    public CompleteIdentification(Payments payments, MerchantAccounts accounts, Clock clock) {
        this.payments = payments;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Optional<Challenge> challenge(String token) {
        return payments.peekChallenge(token).map(payment -> {
            PaymentDetails details = payment.details();
            return new Challenge(token, details.pspid(), details.orderId(),
                    OrderAmount.decimal(details.amount().value()), details.amount().currency(),
                    details.card().brand().ogoneName(), details.card().maskedNumber());
        });
    }

    /** @return where to send the browser, empty when the token is unknown or already used */
    public Optional<String> complete(String token, boolean authenticated) {
        return payments.takeChallenge(token).flatMap(payment -> {
            ThreeDsReturn back = payment.threeDsReturn().orElse(null);
            if (back == null) {
                return Optional.empty();
            }
            PaymentOperation order = payment.completeIdentification(authenticated);
            MerchantAccount account = accounts.find(payment.details().pspid()).orElseThrow();
            return Optional.of(FeedbackRedirect.to(back.urlFor(order.status()), feedback(payment, order), account,
                    back.paramPlus()));
        });
    }

    private Map<String, String> feedback(Payment payment, PaymentOperation order) {
        PaymentDetails details = payment.details();
        Map<String, String> feedback = new LinkedHashMap<>();
        feedback.put("orderID", details.orderId());
        feedback.put("currency", details.amount().currency());
        feedback.put("amount", OrderAmount.decimal(details.amount().value()));
        feedback.put("PM", "CreditCard");
        feedback.put("ACCEPTANCE", order.error().code().equals("0") ? "test123" : "");
        feedback.put("STATUS", String.valueOf(order.status().code()));
        feedback.put("CARDNO", details.card().maskedNumber());
        feedback.put("ED", details.card().expiry().ogoneFormat());
        feedback.put("CN", details.card().holder());
        feedback.put("TRXDATE", TRXDATE.format(order.time().atZone(clock.getZone())));
        feedback.put("PAYID", String.valueOf(payment.payId()));
        feedback.put("NCERROR", order.error().code());
        feedback.put("BRAND", details.card().brand().ogoneName());
        feedback.put("ALIAS", details.card().alias());
        feedback.put("ECI", details.eci());
        return feedback;
    }
}
