package com.secutix.payments.gateway.payment.domain;

import java.util.regex.Pattern;

/**
 * The masked card data the PSP's Alias Gateway returned: never more than the last four digits.
 *
 * @param expiry MM/YY
 */
public record MaskedCard(String brand, String maskedNumber, String expiry, String holderName) {

    private static final Pattern MASKED = Pattern.compile("[Xx*]{8,15}\\d{4}");
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/\\d{2}");

    public MaskedCard {
        Text.required("card.brand", brand, 25);
        Text.required("card.maskedNumber", maskedNumber, 19);
        Text.required("card.expiry", expiry, 5);
        Text.optional("card.holderName", holderName, 35);
        if (!MASKED.matcher(maskedNumber).matches()) {
            throw new InvalidPaymentException(
                    "card.maskedNumber: must be masked, showing the last four digits only (e.g. XXXXXXXXXXXX1111)");
        }
        if (!EXPIRY.matcher(expiry).matches()) {
            throw new InvalidPaymentException("card.expiry: must be MM/YY");
        }
    }

    public String lastFour() {
        return maskedNumber.substring(maskedNumber.length() - 4);
    }
}
