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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.server.ServerWebExchange;

/** Amounts, dates and cards as a buyer reads them, in the page's language. */
public record PageFormats(Locale locale, ZoneId timeZone) {

    /**
     * What every page's model starts with: the formats ({@code fmt}), its language ({@code lang}) and the other one
     * ({@code otherLang}, for the language link), as {@link PageLocale} decided for this request; and no caching.
     */
    public static Map<String, Object> pageModel(ServerWebExchange exchange, ZoneId timeZone) {
        exchange.getResponse().getHeaders().setCacheControl("no-store");
        Locale locale = PageLocale.of(exchange);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("fmt", new PageFormats(locale, timeZone));
        model.put("lang", locale.getLanguage());
        model.put("otherLang", locale.getLanguage().equals("fr") ? "en" : "fr");
        return model;
    }

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
