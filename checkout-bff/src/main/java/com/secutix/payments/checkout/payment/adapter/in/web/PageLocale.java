package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.i18n.LocaleContextResolver;
import reactor.core.publisher.Mono;

/**
 * The language of the checkout and account pages: French or English. The buyer's choice ({@code ?lang=fr}) is kept in the
 * web session; without one, the checkout session's locale (the sales system's), then the browser's; English
 * otherwise. Decided per request by this filter, before the page's handler; Thymeleaf reads it from here.
 */
public class PageLocale implements LocaleContextResolver, WebFilter, Ordered {

    /** The buyer's account and the call centre: no checkout session there, so the person's choice, then the browser's. */
    private static final List<String> PAGES_WITHOUT_SESSION = List.of("/account", "/call-centre");
    private static final Pattern CHECKOUT_PAGE = Pattern.compile("^/checkout/([0-9a-fA-F-]{36})(/.*)?$");

    private final CheckoutSessions sessions;

    public PageLocale(CheckoutSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Decides the language before the page's handler runs: WebFlux asks for the locale when it resolves the
     * view, which may be before the handler's own work.
     */
    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (PAGES_WITHOUT_SESSION.stream().anyMatch(pages -> path.equals(pages) || path.startsWith(pages + "/"))) {
            return exchange.getSession().doOnNext(webSession -> decide(exchange, webSession, null)).then(chain.filter(exchange));
        }
        Matcher page = CHECKOUT_PAGE.matcher(path);
        if (!page.matches()) {
            return chain.filter(exchange);
        }
        Mono<Optional<Locale>> sessionLocale;
        try {
            sessionLocale = sessions.findById(new CheckoutSessionId(UUID.fromString(page.group(1))))
                    .map(session -> Optional.of(session.order().locale())).defaultIfEmpty(Optional.empty());
        } catch (IllegalArgumentException notAnId) {
            sessionLocale = Mono.just(Optional.empty());
        }
        return Mono.zip(exchange.getSession(), sessionLocale)
                .doOnNext(found -> decide(exchange, found.getT1(), found.getT2().orElse(null)))
                .then(chain.filter(exchange));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final String DECIDED = PageLocale.class.getName() + ".decided";
    private static final String CHOSEN = "checkout.language";

    /** The page's language decided for this request. */
    public static Locale of(ServerWebExchange exchange) {
        Locale decided = exchange.getAttribute(DECIDED);
        return decided == null ? Locale.ENGLISH : decided;
    }

    /** The page's language for this request, remembered in the web session when the buyer chose it. */
    static Locale decide(ServerWebExchange exchange, WebSession webSession, Locale sessionLocale) {
        String asked = exchange.getRequest().getQueryParams().getFirst("lang");
        Locale chosen = supported(asked);
        if (chosen != null) {
            webSession.getAttributes().put(CHOSEN, chosen.getLanguage());
        } else {
            chosen = supported(webSession.getAttribute(CHOSEN));
        }
        if (chosen == null && sessionLocale != null) {
            chosen = supported(sessionLocale.getLanguage());
        }
        if (chosen == null) {
            chosen = Locale.lookup(exchange.getRequest().getHeaders().getAcceptLanguage(), SUPPORTED);
        }
        Locale decided = chosen == null ? Locale.ENGLISH : chosen;
        exchange.getAttributes().put(DECIDED, decided);
        return decided;
    }

    private static Locale supported(String language) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        Locale decided = exchange.getAttribute(DECIDED);
        if (decided == null) {
            decided = Locale.lookup(exchange.getRequest().getHeaders().getAcceptLanguage(), SUPPORTED);
        }
        return new SimpleLocaleContext(decided == null ? Locale.ENGLISH : decided);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the page language is chosen with ?lang=");
    }
}
