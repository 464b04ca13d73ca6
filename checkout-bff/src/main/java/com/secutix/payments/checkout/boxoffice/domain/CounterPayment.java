package com.secutix.payments.checkout.boxoffice.domain;

import com.secutix.payments.events.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A payment at the counter: the order, its customer, the amount and the customer's saved card to charge, named by
 * its id. Never a card number, a security code or an alias.
 */
public record CounterPayment(String orderReference, String customerId, Money amount, String cardId) {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}");
    private static final Pattern CARD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The payment the fields describe.
     *
     * @param amount the amount as the request wrote it: decimal text ({@code "82.50"}), never a JSON number
     * @throws InvalidBoxOfficeRequestException naming every wrong field
     */
    public static CounterPayment of(String orderReference, String customerId, Object amount, String currency, String cardId) {
        List<Violation> violations = new ArrayList<>();
        identifier(orderReference, "orderReference", violations);
        identifier(customerId, "customerId", violations);
        if (cardId == null || !isCardId(cardId)) {
            violations.add(new Violation("cardId", "must be the id of one of the customer's saved cards (a UUID such as"
                    + " 3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1), as GET /box-office/customers/{customerId}/cards lists them."));
        }
        Money money = money(amount, currency, violations);
        if (!violations.isEmpty()) {
            throw new InvalidBoxOfficeRequestException(violations);
        }
        return new CounterPayment(orderReference, customerId, money, cardId);
    }

    /** Whether the text is a saved card's id: a UUID in lower case, as the vault writes it. */
    public static boolean isCardId(String text) {
        return text != null && CARD_ID.matcher(text).matches() && UUID.fromString(text).toString().equals(text);
    }

    /** Whether the text is a customer id or an order reference: 1 to 64 letters, digits or {@code . _ : @ -}. */
    public static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    /**
     * An amount and its currency as a request writes them: {@code "82.50"} and {@code "EUR"}.
     *
     * @throws InvalidBoxOfficeRequestException naming the wrong fields
     */
    public static Money moneyOf(Object amount, String currency) {
        List<Violation> violations = new ArrayList<>();
        Money money = money(amount, currency, violations);
        if (!violations.isEmpty()) {
            throw new InvalidBoxOfficeRequestException(violations);
        }
        return money;
    }

    private static Money money(Object amount, String currency, List<Violation> violations) {
        boolean knownCurrency = Money.isKnownCurrency(currency);
        if (!knownCurrency) {
            violations.add(new Violation("currency", currency == null ? "is required: an ISO 4217 currency code, e.g. EUR."
                    : "must be an ISO 4217 currency code in capitals, e.g. EUR."));
        }
        if (amount == null) {
            violations.add(new Violation("amount", "is required: a decimal amount written as text, e.g. \"82.50\"."));
            return null;
        }
        if (!(amount instanceof String text) || !Money.isDecimalText(text)) {
            violations.add(new Violation("amount", "must be a decimal amount written as text, e.g. \"82.50\" (no JSON number,"
                    + " sign, exponent, spaces or leading zero)."));
            return null;
        }
        if (!knownCurrency) {
            return null;
        }
        try {
            Money money = Money.ofDecimalText(text, currency);
            if (money.minorUnits() <= 0) {
                violations.add(new Violation("amount", "must be greater than zero."));
                return null;
            }
            return money;
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            violations.add(new Violation("amount", invalid.getMessage()));
            return null;
        }
    }

    private static void identifier(String value, String field, List<Violation> violations) {
        if (!isIdentifier(value)) {
            violations.add(new Violation(field, value == null ? "is required: 1 to 64 letters, digits or . _ : @ -."
                    : "must be 1 to 64 letters, digits or . _ : @ - (starting with a letter or digit)."));
        }
    }
}
