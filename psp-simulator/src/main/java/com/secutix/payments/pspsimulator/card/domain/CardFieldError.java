package com.secutix.payments.pspsimulator.card.domain;

/** Ogone's error codes for the card fields of the Alias Gateway (NCERRORCARDNO, NCERRORCN, NCERRORED, NCERRORCVC). */
public enum CardFieldError {
    CARD_NUMBER_EMPTY("50001178"),
    CARD_NUMBER_NOT_NUMERIC("50001177"),
    INVALID_CARD_NUMBER("30141001"),
    UNKNOWN_CARD_TYPE("50001001"),
    BRAND_MISMATCH("50001069"),
    HOLDER_MISSING("60001057"),
    HOLDER_TOO_LONG("50001174"),
    INVALID_EXPIRY_DATE("31061001"),
    EXPIRY_DATE_IN_PAST("50001183"),
    INVALID_CVC("50001066");

    private final String code;

    CardFieldError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
