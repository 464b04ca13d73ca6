package com.secutix.payments.pspsimulator.payment.domain;

/**
 * Ogone's NCERROR codes the simulator answers, with the explanation Ogone gives. NCSTATUS is the first
 * digit of NCERROR.
 */
public enum NcError {
    NONE("0", "!"),
    UNKNOWN_STATUS("20001001", "Unknown status for the transaction, please check the status later"),
    PAYMENT_REFUSED("30001001", "Payment refused by the financial institution"),
    CARD_EXPIRED("30331001", "Card expired"),
    AUTHENTICATION_FAILED("40001134", "Authentication failed. Please retry or cancel."),
    AMOUNT_NOT_A_NUMBER("50001006", "Amount is not a number"),
    OPERATION_NOT_PERMITTED("50001007", "Requested operation code not permitted"),
    INVALID_CVC_FORMAT("50001066", "Invalid CVC code format"),
    INVALID_ECI("50001070", "The ECI value is either not supported or conflicts with other transaction data"),
    DATA_VALIDATION("50001111", "Data validation error"),
    ORDER_ALREADY_PROCESSED("50001113", "This order has already been processed"),
    UNKNOWN_PSPID("50001118", "PSPID not found or incorrect"),
    WRONG_API_PASSWORD("50001119", "Password incorrect or disabled due to number of errors"),
    INVALID_CURRENCY("50001120", "Invalid currency"),
    INVALID_DECIMALS("50001121", "Invalid number of decimals for the currency"),
    CAPTURE_OVERFLOW("50001126", "Overflow in data capture requests for the original order"),
    INCORRECT_ORDER_STATUS("50001127", "Incorrect original order status"),
    REFUND_OVERFLOW("50001129", "Overflow in refunds requests"),
    ORDER_NOT_FOUND("50001130", "Original order access error");

    private final String code;
    private final String explanation;

    NcError(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }

    public String ncStatus() {
        return code.substring(0, 1);
    }
}
