package com.secutix.payments.pspsimulator.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An Ogone AMOUNT: the amount multiplied by 100, for every currency, plus the ISO currency. A currency
 * without decimals (JPY) therefore needs a multiple of 100; a currency with three decimals (BHD, KWD)
 * cannot express its third decimal.
 */
public record OrderAmount(long value, String currency) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");

    public OrderAmount {
        if (value < 0) {
            throw new IllegalArgumentException("negative amount");
        }
    }

    public static OrderAmount parse(String amountText, String currencyText) {
        if (amountText == null || !DIGITS.matcher(amountText.trim()).matches()) {
            throw new PaymentRefusal(NcError.AMOUNT_NOT_A_NUMBER, "AMOUNT must be an integer (amount x 100)");
        }
        long value = Long.parseLong(amountText.trim());
        if (value == 0) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "AMOUNT must be greater than 0");
        }
        Currency currency = currency(currencyText);
        if (currency.getDefaultFractionDigits() == 0 && value % 100 != 0) {
            throw new PaymentRefusal(NcError.INVALID_DECIMALS, currency.getCurrencyCode() + " has no decimals");
        }
        return new OrderAmount(value, currency.getCurrencyCode());
    }

    /** An amount in a maintenance request, in the payment's currency. */
    public static long parseMaintenanceValue(String amountText) {
        if (!DIGITS.matcher(amountText.trim()).matches()) {
            throw new PaymentRefusal(NcError.AMOUNT_NOT_A_NUMBER, "AMOUNT must be an integer (amount x 100)");
        }
        return Long.parseLong(amountText.trim());
    }

    private static Currency currency(String text) {
        try {
            return Currency.getInstance(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PaymentRefusal(NcError.INVALID_CURRENCY, "unknown currency " + text);
        }
    }

    /** As the ncresponse "amount" attribute shows it: not multiplied by 100 ("82.5", "125"). */
    public static String decimal(long value) {
        return BigDecimal.valueOf(value).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
