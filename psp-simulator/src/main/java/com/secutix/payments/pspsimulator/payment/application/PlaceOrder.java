package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.card.application.StoredCards;
import com.secutix.payments.pspsimulator.card.domain.CardBehaviour;
import com.secutix.payments.pspsimulator.card.domain.CardView;
import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.OperationCode;
import com.secutix.payments.pspsimulator.payment.domain.OrderAmount;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentDetails;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;
import com.secutix.payments.pspsimulator.payment.domain.ThreeDsReturn;
import com.secutix.payments.pspsimulator.payment.domain.TransactionStatus;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code orderdirect.asp}: a new order (RES or SAL) on an alias. */
public class PlaceOrder {

    private static final Map<String, Set<String>> CARD_ON_FILE_VALUES = Map.of(
            "COF_INITIATOR", Set.of("CIT", "MIT"),
            "COF_SCHEDULE", Set.of("SCHED", "UNSCHED"),
            "COF_TRANSACTION", Set.of("FIRST", "SUBSEQ"));
    private static final int MAX_ORDER_ID_LENGTH = 40;

    private final DirectLinkAccess access;
    private final StoredCards cards;
    private final Payments payments;
    private final Clock clock;
    /** A challenge token completes a 3-D Secure identification: it must not be guessable from earlier ones. */
    private final SecureRandom challengeTokens;

    public PlaceOrder(DirectLinkAccess access, StoredCards cards, Payments payments, Clock clock,
                      SecureRandom challengeTokens) {
        this.access = access;
        this.cards = cards;
        this.payments = payments;
        this.clock = clock;
        this.challengeTokens = challengeTokens;
    }

    /**
     * @param acquirerUncertain the fault injection decided that the acquirer's answer is lost (92 / 52)
     * @param challengeBaseUrl  where the buyer's browser reaches the simulator, for the 3-D Secure page
     */
    public DirectLinkAnswer place(FormParameters form, boolean acquirerUncertain, String challengeBaseUrl) {
        try {
            MerchantAccount account = access.authenticate(form);
            PaymentDetails details = details(account, form);
            boolean challenge = details.card().behaviour() == CardBehaviour.CHALLENGE && form.isYes("FLAG3D");
            Optional<ThreeDsReturn> threeDsReturn = challenge ? Optional.of(threeDsReturn(form)) : Optional.empty();
            Payment payment = payments.placeOrder(account.pspid(), details.orderId(),
                    payId -> newPayment(payId, details, threeDsReturn, acquirerUncertain));
            boolean cvcKnown = cards.takeCvc(account.pspid(), details.card().alias()).isPresent()
                    || form.get("CVC").isPresent();
            if (form.get("ALIASPERSISTEDAFTERUSE").map("N"::equalsIgnoreCase).orElse(false)) {
                cards.forgetIfTemporary(account.pspid(), details.card().alias());
            }
            DirectLinkAnswer answer = DirectLinkAnswer.order(payment, cvcKnown);
            if (threeDsReturn.isPresent()) {
                payments.registerChallenge(threeDsReturn.get().token(), payment.payId());
                answer = answer.withHtmlAnswer(ChallengeForm.base64(challengeBaseUrl, threeDsReturn.get().token()));
            }
            return details.card().behaviour() == CardBehaviour.NO_ANSWER_IN_TIME ? answer.arrivingLate() : answer;
        } catch (PaymentRefusal refusal) {
            return DirectLinkAnswer.refused(form, refusal);
        }
    }

    private PaymentDetails details(MerchantAccount account, FormParameters form) {
        OperationCode operation = form.get("OPERATION").flatMap(OperationCode::parse)
                .filter(OperationCode::isNewOrder)
                .orElseThrow(() -> new PaymentRefusal(NcError.OPERATION_NOT_PERMITTED, "OPERATION must be RES or SAL"));
        String orderId = form.get("ORDERID")
                .orElseThrow(() -> new PaymentRefusal(NcError.DATA_VALIDATION, "ORDERID is required"));
        if (orderId.length() > MAX_ORDER_ID_LENGTH) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "ORDERID is longer than " + MAX_ORDER_ID_LENGTH);
        }
        OrderAmount amount = OrderAmount.parse(form.getOrEmpty("AMOUNT"), form.getOrEmpty("CURRENCY"));
        String alias = form.get("ALIAS")
                .orElseThrow(() -> new PaymentRefusal(NcError.DATA_VALIDATION, "ALIAS is required"));
        CardView card = cards.view(account.pspid(), alias)
                .orElseThrow(() -> new PaymentRefusal(NcError.DATA_VALIDATION, "unknown alias"));
        form.get("CVC").ifPresent(cvc -> {
            if (!cvc.matches("\\d{" + card.brand().cvcLength() + "}")) {
                throw new PaymentRefusal(NcError.INVALID_CVC_FORMAT, "CVC has " + card.brand().cvcLength() + " digits");
            }
        });
        String eci = form.get("ECI").orElse("7");
        if (eci.length() != 1 || eci.charAt(0) < '0' || eci.charAt(0) > '9') {
            throw new PaymentRefusal(NcError.INVALID_ECI, "ECI is one digit");
        }
        CARD_ON_FILE_VALUES.forEach((field, allowed) -> form.get(field).ifPresent(value -> {
            if (!allowed.contains(value.toUpperCase())) {
                throw new PaymentRefusal(NcError.DATA_VALIDATION, field + " must be one of " + allowed);
            }
        }));
        return new PaymentDetails(account.pspid(), orderId, operation, amount, card, eci);
    }

    private ThreeDsReturn threeDsReturn(FormParameters form) {
        if (form.get("ACCEPTURL").isEmpty()) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "ACCEPTURL is required with FLAG3D=Y");
        }
        byte[] token = new byte[16];
        challengeTokens.nextBytes(token);
        return new ThreeDsReturn(HexFormat.of().formatHex(token), form.getOrEmpty("ACCEPTURL"),
                form.getOrEmpty("DECLINEURL"), form.getOrEmpty("EXCEPTIONURL"), form.getOrEmpty("PARAMPLUS"));
    }

    private Payment newPayment(long payId, PaymentDetails details, Optional<ThreeDsReturn> threeDsReturn,
                               boolean acquirerUncertain) {
        boolean sale = details.operation() == OperationCode.SAL;
        TransactionStatus approved = sale ? TransactionStatus.CAPTURED : TransactionStatus.AUTHORISED;
        TransactionStatus refused = sale ? TransactionStatus.PAYMENT_REFUSED : TransactionStatus.REFUSED;
        if (threeDsReturn.isPresent()) {
            return Payment.awaitingIdentification(payId, details, threeDsReturn.get(), clock.instant());
        }
        CardView card = details.card();
        TransactionStatus outcome;
        NcError error;
        if (card.expiry().isPastAt(YearMonth.now(clock))) {
            outcome = refused;
            error = NcError.CARD_EXPIRED;
        } else if (card.behaviour() == CardBehaviour.DECLINE) {
            outcome = refused;
            error = NcError.PAYMENT_REFUSED;
        } else {
            outcome = approved;
            error = NcError.NONE;
        }
        if (card.behaviour() == CardBehaviour.UNCERTAIN || acquirerUncertain) {
            return Payment.uncertain(payId, details, outcome, clock.instant());
        }
        return Payment.decided(payId, details, outcome, error, clock.instant());
    }
}
