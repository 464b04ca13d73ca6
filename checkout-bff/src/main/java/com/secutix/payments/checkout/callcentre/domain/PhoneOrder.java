package com.secutix.payments.checkout.callcentre.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An order a customer pays by phone, as the operator types it: the order reference from the sales system, the
 * amount (a plain decimal with at most the currency's decimals), the currency, the customer's saved card to
 * charge ({@code cardId}; null for a new card the customer reads out, typed into the PSP's form), whether that new
 * card is to be saved for the customer (they agreed on the phone), and the key the form was shown with (so a
 * second click pays once). Built by {@link #of} or {@link #withNewCard}, which name every invalid field at once.
 */
public record PhoneOrder(String orderReference, String amount, String currency, UUID cardId, UUID idempotencyKey,
                         boolean saveNewCard) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,64}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,3})?");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The fields of the form in error, by field name, each with the message key of its error. */
    public static final class InvalidPhoneOrderException extends RuntimeException {
        private final Map<String, String> fieldErrors;

        InvalidPhoneOrderException(Map<String, String> fieldErrors) {
            super("invalid phone order: " + fieldErrors.keySet());
            this.fieldErrors = Map.copyOf(fieldErrors);
        }

        public Map<String, String> fieldErrors() {
            return fieldErrors;
        }
    }

    /** An order paid with a saved card. @throws InvalidPhoneOrderException naming every field in error */
    public static PhoneOrder of(String orderReference, String amount, String currency, String cardId, String idempotencyKey) {
        Map<String, String> errors = orderErrors(orderReference, amount, currency, idempotencyKey);
        if (cardId == null || !CANONICAL_UUID.matcher(cardId).matches()) {
            errors.put("card", "callcentre.error.card");
        }
        if (!errors.isEmpty()) {
            throw new InvalidPhoneOrderException(errors);
        }
        return new PhoneOrder(orderReference.strip(), amount.strip(), currency.strip(), UUID.fromString(cardId),
                UUID.fromString(idempotencyKey), false);
    }

    /** An order paid with a new card, saved for the customer when asked. @throws InvalidPhoneOrderException naming every field in error */
    public static PhoneOrder withNewCard(String orderReference, String amount, String currency, String idempotencyKey,
                                         boolean saveNewCard) {
        Map<String, String> errors = orderErrors(orderReference, amount, currency, idempotencyKey);
        if (!errors.isEmpty()) {
            throw new InvalidPhoneOrderException(errors);
        }
        return new PhoneOrder(orderReference.strip(), amount.strip(), currency.strip(), null, UUID.fromString(idempotencyKey),
                saveNewCard);
    }

    /** Whether the customer's card is a new one, typed into the PSP's form. */
    public boolean isWithNewCard() {
        return cardId == null;
    }

    private static Map<String, String> orderErrors(String orderReference, String amount, String currency, String idempotencyKey) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (orderReference == null || !REFERENCE.matcher(orderReference.strip()).matches()) {
            errors.put("orderReference", "callcentre.error.order-reference");
        }
        Currency knownCurrency = currencyOf(currency);
        if (knownCurrency == null) {
            errors.put("currency", "callcentre.error.currency");
        }
        String plainAmount = amount == null ? "" : amount.strip();
        if (!PLAIN_DECIMAL.matcher(plainAmount).matches() || new BigDecimal(plainAmount).signum() <= 0) {
            errors.put("amount", "callcentre.error.amount");
        } else if (knownCurrency != null && new BigDecimal(plainAmount).stripTrailingZeros().scale() > knownCurrency.getDefaultFractionDigits()) {
            errors.put("amount", "callcentre.error.amount-decimals");
        }
        if (idempotencyKey == null || !CANONICAL_UUID.matcher(idempotencyKey).matches()) {
            errors.put("form", "callcentre.error.form");
        }
        return errors;
    }

    private static Currency currencyOf(String code) {
        if (code == null || !code.strip().matches("[A-Z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
