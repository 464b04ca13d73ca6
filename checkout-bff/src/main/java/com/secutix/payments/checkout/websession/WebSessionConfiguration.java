package com.secutix.payments.checkout.websession;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The buyers' web sessions: kept server-side in PostgreSQL ({@link R2dbcWebSessions}), the browser holding
 * only the {@code SESSION} cookie: HttpOnly, SameSite=Lax (sent when the PSP sends the buyer back, not on
 * another site's posts), Secure outside the local profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
@EnableConfigurationProperties(WebSessionProperties.class)
class WebSessionConfiguration {

    static final String COOKIE_NAME = "SESSION";

    @Bean
    ReactiveSessionRepository<MapSession> webSessions(DatabaseClient database, ReactiveTransactionManager transactionManager,
                                                      WebSessionProperties properties, Clock clock) {
        return new R2dbcWebSessions(database, TransactionalOperator.create(transactionManager), properties.idleTimeout(), clock);
    }

    @Bean
    WebSessionIdResolver webSessionIdResolver(WebSessionProperties properties) {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(COOKIE_NAME);
        resolver.addCookieInitializer(cookie -> cookie
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Lax")
                .path("/"));
        return resolver;
    }

    @Bean
    ExpiredWebSessionsPurge expiredWebSessionsPurge(DatabaseClient database, WebSessionProperties properties, Clock clock) {
        return new ExpiredWebSessionsPurge(database, clock, properties.purgeInterval(), properties.purgeBatchSize());
    }
}
