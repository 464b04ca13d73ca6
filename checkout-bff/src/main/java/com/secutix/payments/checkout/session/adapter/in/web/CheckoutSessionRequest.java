package com.secutix.payments.checkout.session.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.checkout.session.domain.CheckoutChannel;
import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.InvalidCheckoutException;
import com.secutix.payments.checkout.session.domain.OrderLine;
import com.secutix.payments.checkout.session.domain.Violation;
import com.secutix.payments.events.Money;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /checkout-sessions}: the order the sales system asks a buyer to pay. Every field is checked
 * and every wrong one named in one answer; prices are decimal amounts written as text in the session's
 * currency; texts shown on the page carry no markup and no invisible or direction-changing character.
 */
record CheckoutSessionRequest(String orderId, String customerId, String currency, String locale, List<LineData> lines,
                              String returnUrl, String cancelUrl, String channel,
                              @JsonAnySetter Map<String, Object> unexpected) {

    static final int MOST_LINES = 100;
    private static final Set<String> PAGE_LANGUAGES = Set.of("fr", "en");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}");
    private static final Pattern NOT_SHOWN_AS_TEXT = Pattern.compile("[<>\\p{Cc}\\p{Cf}]");

    CheckoutSessionRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** {@code {"ticketId", "performanceId", "performanceName", "performanceStartsAt", "price"}}. */
    record LineData(String ticketId, String performanceId, String performanceName, String performanceStartsAt, String price,
                    @JsonAnySetter Map<String, Object> unexpected) {

        LineData {
            unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
        }
    }

    /** @throws InvalidCheckoutException naming every wrong field */
    CheckoutOrder toOrder() {
        List<Violation> violations = new ArrayList<>();
        unexpected.keySet().forEach(field -> violations.add(new Violation(field, "is not a field of a checkout session.")));
        identifier(orderId, "orderId", violations);
        identifier(customerId, "customerId", violations);
        boolean knownCurrency = currency != null && Money.isKnownCurrency(currency);
        if (!knownCurrency) {
            violations.add(new Violation("currency", "must be an ISO 4217 currency code, e.g. EUR."));
        }
        Locale pageLocale = pageLocale(violations);
        List<OrderLine> orderLines = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MOST_LINES) {
            violations.add(new Violation("lines", "must hold 1 to " + MOST_LINES + " tickets."));
        } else {
            for (int index = 0; index < lines.size(); index++) {
                OrderLine line = lineOf(lines.get(index), "lines[" + index + "]", knownCurrency, violations);
                if (line != null) {
                    orderLines.add(line);
                }
            }
        }
        URI returnAddress = address(returnUrl, "returnUrl", violations);
        URI cancelAddress = address(cancelUrl, "cancelUrl", violations);
        CheckoutChannel buyersChannel = channel(violations);
        if (violations.isEmpty() && orderLines.stream().mapToLong(line -> line.price().minorUnits()).sum() <= 0) {
            violations.add(new Violation("lines", "the total to pay must be greater than zero."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCheckoutException(violations);
        }
        return new CheckoutOrder(orderId, customerId, currency, pageLocale, orderLines, returnAddress, cancelAddress,
                buyersChannel);
    }

    /** WEB when not given; MOBILE when the buyer pays in the app; nothing else opens a checkout. */
    private CheckoutChannel channel(List<Violation> violations) {
        if (channel == null) {
            return CheckoutChannel.WEB;
        }
        for (CheckoutChannel known : CheckoutChannel.values()) {
            if (known.name().equals(channel)) {
                return known;
            }
        }
        violations.add(new Violation("channel", "must be WEB or MOBILE (the buyer pays on the web or in the app); the call"
                + " centre and the box office do not pay through a checkout session."));
        return null;
    }

    private Locale pageLocale(List<Violation> violations) {
        Locale parsed = locale == null ? null : Locale.forLanguageTag(locale);
        if (parsed == null || !PAGE_LANGUAGES.contains(parsed.getLanguage())) {
            violations.add(new Violation("locale", "must be a language of the page: fr or en (a tag such as fr-CH is read as fr)."));
            return null;
        }
        return Locale.forLanguageTag(parsed.getLanguage());
    }

    private OrderLine lineOf(LineData line, String field, boolean knownCurrency, List<Violation> violations) {
        if (line == null) {
            violations.add(new Violation(field, "must be a ticket."));
            return null;
        }
        int before = violations.size();
        line.unexpected().keySet().forEach(unknown -> violations.add(new Violation(field + "." + unknown, "is not a field of a ticket.")));
        identifier(line.ticketId(), field + ".ticketId", violations);
        identifier(line.performanceId(), field + ".performanceId", violations);
        if (line.performanceName() == null || line.performanceName().isBlank() || line.performanceName().length() > 200
                || NOT_SHOWN_AS_TEXT.matcher(line.performanceName()).find()) {
            violations.add(new Violation(field + ".performanceName",
                    "must be 1 to 200 characters of plain text (no markup, control or invisible characters)."));
        }
        Instant startsAt = null;
        try {
            startsAt = line.performanceStartsAt() == null ? null : Instant.parse(line.performanceStartsAt());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (startsAt == null) {
            violations.add(new Violation(field + ".performanceStartsAt", "must be an instant such as 2027-03-14T19:30:00Z."));
        }
        Money price = knownCurrency ? price(line.price(), field + ".price", violations) : null;
        return violations.size() > before || price == null ? null
                : new OrderLine(line.ticketId(), line.performanceId(), line.performanceName(), startsAt, price);
    }

    private Money price(String amount, String field, List<Violation> violations) {
        try {
            return Money.ofDecimalText(amount, currency);
        } catch (IllegalArgumentException invalid) {
            violations.add(new Violation(field, invalid.getMessage()));
            return null;
        }
    }

    private static void identifier(String value, String field, List<Violation> violations) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            violations.add(new Violation(field, "must be 1 to 64 letters, digits or . _ : @ - (starting with a letter or digit)."));
        }
    }

    private static URI address(String value, String field, List<Violation> violations) {
        try {
            URI uri = value == null ? null : new URI(value);
            if (uri != null && uri.isAbsolute() && uri.getHost() != null && uri.getUserInfo() == null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        violations.add(new Violation(field, "must be an absolute http(s) address without user information."));
        return null;
    }
}
