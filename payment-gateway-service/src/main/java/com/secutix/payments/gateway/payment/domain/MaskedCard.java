package com.secutix.payments.gateway.payment.domain;

import com.secutix.payments.events.CardSummary;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The masked card data the PSP's Alias Gateway returned: at most the first six and the last four
 * digits (PCI DSS 3.4.1), the platform's shape of a masked number ({@link CardSummary#isMasked}).
 *
 * @param expiry MM/YY
 */
public record MaskedCard(String brand, String maskedNumber, String expiry, String holderName) {

    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/\\d{2}");

    public MaskedCard {
        Violations violations = new Violations();
        violations.verify(() -> Text.required("card.brand", brand, 25));
        violations.verify(() -> masked(maskedNumber));
        violations.verify(() -> expiry(expiry));
        violations.verify(() -> Text.optional("card.holderName", holderName, 50));
        violations.throwIfAny();
    }

    private static void masked(String maskedNumber) {
        Text.required("card.maskedNumber", maskedNumber, 19);
        if (!CardSummary.isMasked(maskedNumber)) {
            throw new InvalidPaymentException(
                    "card.maskedNumber: must be masked, showing at most the first six and the last four digits"
                            + " (e.g. XXXXXXXXXXXX1111)");
        }
    }

    private static void expiry(String expiry) {
        Text.required("card.expiry", expiry, 5);
        if (!EXPIRY.matcher(expiry).matches()) {
            throw new InvalidPaymentException("card.expiry: must be MM/YY");
        }
    }

    /** The month the card is valid through ({@code 12/30} is December 2030). */
    public YearMonth expiryMonth() {
        return YearMonth.of(2000 + Integer.parseInt(expiry.substring(3)), Integer.parseInt(expiry.substring(0, 2)));
    }

    /** A card is valid until the last day of its expiry month. */
    public boolean hasExpiredBy(YearMonth month) {
        return expiryMonth().isBefore(month);
    }
}
