package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * The buyer's browser as 3-D Secure 2 wants it: the address this BFF decided, the request's headers, and the
 * screen the page's script posted with Pay, each checked against its range.
 */
public class BuyerBrowsers {

    /**
     * What 3-D Secure 2 is told of a browser whose screen the page could not read (JavaScript off): the commonest
     * desktop values, so that the bank can still show its page; a wrong guess only affects that page's layout.
     */
    private static final int WITHOUT_SCRIPT_COLOR_DEPTH = 24;
    private static final int WITHOUT_SCRIPT_SCREEN_HEIGHT = 1080;
    private static final int WITHOUT_SCRIPT_SCREEN_WIDTH = 1920;
    /** The colour depths 3-D Secure 2 knows. */
    private static final List<Integer> COLOR_DEPTHS = List.of(1, 4, 8, 15, 16, 24, 30, 32, 48);

    private final BuyerAddresses addresses;

    public BuyerBrowsers(BuyerAddresses addresses) {
        this.addresses = addresses;
    }

    /** The buyer's address, as this BFF decides it (X-Forwarded-For from its trusted proxies only). */
    public String addressOf(ServerWebExchange exchange) {
        return addresses.of(exchange.getRequest());
    }

    BuyerBrowser of(ServerWebExchange exchange, MultiValueMap<String, String> form) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        Locale language = Optional.ofNullable(headers.getAcceptLanguageAsLocales()).filter(locales -> !locales.isEmpty())
                .map(locales -> locales.get(0)).orElse(Locale.ENGLISH);
        return new BuyerBrowser(addressOf(exchange),
                Optional.ofNullable(headers.getFirst(HttpHeaders.ACCEPT)).orElse("text/html"),
                Optional.ofNullable(headers.getFirst(HttpHeaders.USER_AGENT)).orElse("unknown"), language.toLanguageTag(),
                number(form, "colorDepth", 1, 48).filter(COLOR_DEPTHS::contains).orElse(WITHOUT_SCRIPT_COLOR_DEPTH),
                number(form, "screenHeight", 1, 20000).orElse(WITHOUT_SCRIPT_SCREEN_HEIGHT),
                number(form, "screenWidth", 1, 20000).orElse(WITHOUT_SCRIPT_SCREEN_WIDTH),
                number(form, "timeZoneOffset", -840, 840).orElse(0));
    }

    private static Optional<Integer> number(MultiValueMap<String, String> form, String field, int min, int max) {
        try {
            int value = Integer.parseInt(form.getFirst(field));
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException | NullPointerException absent) {
            return Optional.empty();
        }
    }
}
