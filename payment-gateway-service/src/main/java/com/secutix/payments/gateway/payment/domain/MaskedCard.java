package com.secutix.payments.gateway.payment.domain;

import java.util.regex.Pattern;

/**
 * The masked card data the PSP's Alias Gateway returned: at most the first six and the last four
 * digits (PCI DSS 3.4.1).
 *
 * @param expiry MM/YY
 */
public record MaskedCard(String brand, String maskedNumber, String expiry, String holderName) {

    private static final Pattern MASKED = Pattern.compile("(?=.{12,19}$)\\d{0,6}[Xx*]{2,13}\\d{4}");
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/\\d{2}");

    public MaskedCard {
        Violations violations = new Violations();
        violations.verify(() -> Text.required("card.brand", brand, 25));
        violations.verify(() -> masked(maskedNumber));
        violations.verify(() -> expiry(expiry));
        violations.verify(() -> Text.optional("card.holderName", holderName, 35));
        violations.throwIfAny();
    }

    private static void masked(String maskedNumber) {
        Text.required("card.maskedNumber", maskedNumber, 19);
        if (!MASKED.matcher(maskedNumber).matches()) {
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

    public String lastFour() {
        return maskedNumber.substring(maskedNumber.length() - 4);
    }
}
