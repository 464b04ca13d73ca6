package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.events.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts, dates and cards as a buyer reads them, in the page's language. */
public record PageFormats(Locale locale, ZoneId timeZone) {

    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(new BigDecimal(money.decimalText()));
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(timeZone).format(instant);
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(timeZone).format(instant);
    }

    /** {@code XXXX XXXX XXXX 4242}. */
    public String maskedNumber(ShownCard card) {
        return "XXXX XXXX XXXX " + card.lastFour();
    }
}
