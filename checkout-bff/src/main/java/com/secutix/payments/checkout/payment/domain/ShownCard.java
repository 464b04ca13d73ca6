package com.secutix.payments.checkout.payment.domain;

/** What the page may show of a card: its brand, masked number ({@code XXXXXXXXXXXX4242}), expiry (MM/YY), holder. */
public record ShownCard(String brand, String maskedNumber, String expiry, String holderName) {

    /** The last four digits, for "XXXX XXXX XXXX 4242". */
    public String lastFour() {
        return maskedNumber == null || maskedNumber.length() < 4 ? "" : maskedNumber.substring(maskedNumber.length() - 4);
    }
}
