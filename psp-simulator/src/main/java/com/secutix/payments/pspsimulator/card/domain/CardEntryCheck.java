package com.secutix.payments.pspsimulator.card.domain;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Format checks the Alias Gateway makes on the card fields (no authorisation happens there): Luhn and
 * length, brand, holder, expiry not in the past, CVC of the brand's length.
 */
public final class CardEntryCheck {

    private static final int MAX_HOLDER_LENGTH = 35;

    private CardFieldError cardNumberError;
    private CardFieldError holderError;
    private CardFieldError expiryError;
    private CardFieldError cvcError;
    private CardNumber number;
    private Brand brand;
    private ExpiryDate expiry;
    private String cvc;

    private CardEntryCheck() {
    }

    /** A new card: number, holder and expiry are required, the CVC is optional. */
    public static CardEntryCheck ofNewCard(String cardNo, String holder, String expiryText, String cvcText,
                                           String brandName, YearMonth now) {
        CardEntryCheck check = new CardEntryCheck();
        check.checkNumber(cardNo, brandName);
        check.checkHolder(holder, true);
        check.checkExpiry(expiryText, now);
        check.checkCvc(cvcText, check.brand);
        return check;
    }

    /** A change of holder or expiry on an existing alias: the masked number must be the stored card's. */
    public static CardEntryCheck ofDetailsChange(String maskedCardNo, String storedMaskedNumber, Brand storedBrand,
                                                 String holder, String expiryText, String cvcText, YearMonth now) {
        CardEntryCheck check = new CardEntryCheck();
        if (!storedMaskedNumber.equalsIgnoreCase(maskedCardNo)) {
            check.cardNumberError = CardFieldError.INVALID_CARD_NUMBER;
        }
        check.brand = storedBrand;
        check.checkHolder(holder, false);
        check.checkExpiry(expiryText, now);
        check.checkCvc(cvcText, storedBrand);
        return check;
    }

    /** A masked number as Ogone shows it (X for every hidden digit). */
    public static boolean isMasked(String cardNo) {
        return cardNo != null && cardNo.toUpperCase().contains("X");
    }

    private void checkNumber(String cardNo, String brandName) {
        String digits = cardNo == null ? "" : cardNo.replace(" ", "");
        if (digits.isEmpty()) {
            cardNumberError = CardFieldError.CARD_NUMBER_EMPTY;
        } else if (!digits.matches("\\d+")) {
            cardNumberError = CardFieldError.CARD_NUMBER_NOT_NUMERIC;
        } else if (!digits.matches("\\d{12,19}") || !new CardNumber(digits).passesLuhn()) {
            cardNumberError = CardFieldError.INVALID_CARD_NUMBER;
        } else {
            CardNumber candidate = new CardNumber(digits);
            Optional<Brand> detected = candidate.brand();
            if (detected.isEmpty()) {
                cardNumberError = CardFieldError.UNKNOWN_CARD_TYPE;
            } else if (brandName != null && !brandName.isBlank()
                    && !detected.get().ogoneName().equalsIgnoreCase(brandName.trim())) {
                cardNumberError = CardFieldError.BRAND_MISMATCH;
            } else {
                number = candidate;
                brand = detected.get();
            }
        }
    }

    private void checkHolder(String holder, boolean required) {
        if (holder == null || holder.isBlank()) {
            holderError = required ? CardFieldError.HOLDER_MISSING : null;
        } else if (holder.length() > MAX_HOLDER_LENGTH) {
            holderError = CardFieldError.HOLDER_TOO_LONG;
        }
    }

    private void checkExpiry(String expiryText, YearMonth now) {
        Optional<ExpiryDate> parsed = ExpiryDate.parse(expiryText);
        if (parsed.isEmpty()) {
            expiryError = CardFieldError.INVALID_EXPIRY_DATE;
        } else if (parsed.get().isPastAt(now)) {
            expiryError = CardFieldError.EXPIRY_DATE_IN_PAST;
        } else {
            expiry = parsed.get();
        }
    }

    private void checkCvc(String cvcText, Brand cardBrand) {
        if (cvcText == null || cvcText.isBlank()) {
            return;
        }
        int expectedLength = cardBrand == null ? 3 : cardBrand.cvcLength();
        if (!cvcText.matches("\\d{" + expectedLength + "}")) {
            cvcError = CardFieldError.INVALID_CVC;
        } else {
            cvc = cvcText;
        }
    }

    public boolean passed() {
        return cardNumberError == null && holderError == null && expiryError == null && cvcError == null;
    }

    public Optional<CardFieldError> cardNumberError() {
        return Optional.ofNullable(cardNumberError);
    }

    public Optional<CardFieldError> holderError() {
        return Optional.ofNullable(holderError);
    }

    public Optional<CardFieldError> expiryError() {
        return Optional.ofNullable(expiryError);
    }

    public Optional<CardFieldError> cvcError() {
        return Optional.ofNullable(cvcError);
    }

    public CardNumber number() {
        return number;
    }

    public Brand brand() {
        return brand;
    }

    public ExpiryDate expiry() {
        return expiry;
    }

    public Optional<String> cvc() {
        return Optional.ofNullable(cvc);
    }
}
