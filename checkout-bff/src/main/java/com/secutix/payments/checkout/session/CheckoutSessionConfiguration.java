package com.secutix.payments.checkout.session;

import com.secutix.payments.checkout.session.adapter.in.web.CheckoutPages;
import com.secutix.payments.checkout.session.adapter.out.r2dbc.R2dbcCheckoutSessions;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.application.ExpireCheckoutSessions;
import com.secutix.payments.checkout.session.application.OpenCheckoutSession;
import com.secutix.payments.checkout.session.application.ReadCheckoutSession;

import com.secutix.payments.platform.lifecycle.PeriodicRound;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

/** Wires the checkout-session feature by hand: its store, its page addresses and its use cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutProperties.class)
class CheckoutSessionConfiguration {

    /** Sessions expired per transaction: bounded, so that no round holds many locks. */
    static final int EXPIRY_BATCH_SIZE = 200;

    @Bean
    CheckoutSessions checkoutSessions(DatabaseClient database, ReactiveTransactionManager transactionManager, Outbox outbox,
                                      JsonMapper jsonMapper) {
        return new R2dbcCheckoutSessions(database, TransactionalOperator.create(transactionManager), outbox, jsonMapper);
    }

    @Bean
    CheckoutPages checkoutPages(CheckoutProperties properties) {
        return new CheckoutPages(properties.pageBaseUrl());
    }

    @Bean
    OpenCheckoutSession openCheckoutSession(CheckoutSessions sessions, CheckoutProperties properties, Clock clock) {
        return new OpenCheckoutSession(sessions, properties::allows, properties.sessionLifetime(), clock, UUID::randomUUID);
    }

    @Bean
    ReadCheckoutSession readCheckoutSession(CheckoutSessions sessions) {
        return new ReadCheckoutSession(sessions);
    }

    @Bean
    ExpireCheckoutSessions expireCheckoutSessions(CheckoutSessions sessions, Clock clock) {
        return new ExpireCheckoutSessions(sessions, clock, EXPIRY_BATCH_SIZE);
    }

    /** Expires the sessions whose time ran out, every {@code payments.checkout.expiry-check-interval}. */
    @Bean
    PeriodicRound checkoutExpiry(ExpireCheckoutSessions expireCheckoutSessions, CheckoutProperties properties) {
        return PeriodicRound.of("checkout session expiry", properties.expiryCheckInterval(), expireCheckoutSessions::expireDue);
    }
}
