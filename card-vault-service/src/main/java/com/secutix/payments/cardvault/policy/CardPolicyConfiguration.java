package com.secutix.payments.cardvault.policy;

import com.secutix.payments.cardvault.policy.adapter.out.r2dbc.R2dbcCardPolicies;
import com.secutix.payments.cardvault.policy.application.CardPolicies;
import com.secutix.payments.cardvault.policy.application.ChangeCardPolicy;
import com.secutix.payments.cardvault.policy.application.ReadCardPolicy;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import tools.jackson.databind.json.JsonMapper;

/** Wires the card-policy feature by hand: its store and its use cases. */
@Configuration(proxyBeanMethods = false)
class CardPolicyConfiguration {

    @Bean
    CardPolicies cardPolicies(DatabaseClient database, ReactiveTransactionManager transactionManager, Outbox outbox,
                              JsonMapper jsonMapper) {
        return new R2dbcCardPolicies(database, TransactionalOperator.create(transactionManager), outbox, jsonMapper);
    }

    @Bean
    ReadCardPolicy readCardPolicy(CardPolicies policies) {
        return new ReadCardPolicy(policies);
    }

    @Bean
    ChangeCardPolicy changeCardPolicy(CardPolicies policies, Clock clock) {
        return new ChangeCardPolicy(policies, clock);
    }
}
