package com.secutix.payments.gateway.payment.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.Money;
import com.secutix.payments.gateway.payment.domain.Operation;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.Violations;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Body of {@code POST /payments}. Card data never comes here: only the PSP alias and the masked data
 * the Alias Gateway returned. Any other field (a card number, a CVV...) is refused.
 */
public record PayRequest(
        Operation operation,
        String alias,
        BigDecimal amount,
        String currency,
        String orderReference,
        String customerId,
        Channel channel,
        Boolean saveCard,
        CardData card,
        @JsonAnySetter Map<String, Object> unexpected) {

    public PayRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** The masked card as the Alias Gateway returned it. */
    public record CardData(String brand, String maskedNumber, String expiry, String holderName,
            @JsonAnySetter Map<String, Object> unexpected) {

        public CardData {
            unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
        }
    }

    /**
     * The payment this request asks for, in the caller's tenant; refuses anything invalid, naming every
     * invalid field at once. A card whose expiry month is before {@code currentMonth} is refused.
     */
    PaymentDetails toDetails(String tenantId, YearMonth currentMonth) {
        Violations violations = new Violations();
        refuseUnexpected("", unexpected, violations);
        if (card != null) {
            refuseUnexpected("card.", card.unexpected(), violations);
        }
        PspAlias pspAlias = violations.check(() -> new PspAlias(alias));
        Money money = violations.check(() -> Money.parse(plain(amount), currency));
        MaskedCard maskedCard = card == null ? null : violations.check(
                () -> new MaskedCard(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()));
        if (maskedCard != null && maskedCard.hasExpiredBy(currentMonth)) {
            violations.add("card.expiry: the card expired at the end of " + maskedCard.expiry());
        }
        PaymentDetails details = violations.check(() -> new PaymentDetails(tenantId, operation, pspAlias, money,
                orderReference, customerId, channel, Boolean.TRUE.equals(saveCard), maskedCard));
        violations.throwIfAny();
        return details;
    }

    private static String plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.precision() - amount.scale() > 18) {
            throw new InvalidPaymentException("amount: is too large");
        }
        return amount.toPlainString();
    }

    private static void refuseUnexpected(String prefix, Map<String, Object> fields, Violations violations) {
        for (String name : fields.keySet()) {
            String field = prefix + printable(name);
            violations.add(looksLikeCardSecret(name)
                    ? field + ": card numbers and security codes are never accepted; pay with the PSP alias"
                    : field + ": is not a field of a payment request");
        }
    }

    private static boolean looksLikeCardSecret(String name) {
        String normalised = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        return normalised.matches(".*(cvv|cvc|cvn|cid|securitycode|cardnumber|cardno|pan|number).*");
    }

    private static String printable(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
    }
}
