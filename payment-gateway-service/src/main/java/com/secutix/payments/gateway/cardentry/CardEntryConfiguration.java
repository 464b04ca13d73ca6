package com.secutix.payments.gateway.cardentry;

import com.secutix.payments.gateway.cardentry.adapter.out.r2dbc.R2dbcSavedCardUpdateForms;
import com.secutix.payments.gateway.cardentry.adapter.out.savedcard.VaultDeletedAliases;
import com.secutix.payments.gateway.cardentry.adapter.out.savedcard.VaultSavedCardDetailsUpdates;
import com.secutix.payments.gateway.cardentry.application.DeletedAliases;
import com.secutix.payments.gateway.cardentry.application.CardEntryTransactions;
import com.secutix.payments.gateway.cardentry.application.SavedCardDetailsUpdates;
import com.secutix.payments.gateway.cardentry.application.SavedCardUpdateForms;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.platform.outbox.Outbox;

import com.secutix.payments.gateway.cardentry.adapter.in.web.CardEntryAttempts;
import com.secutix.payments.gateway.cardentry.adapter.out.psp.OgoneAliasGateway;
import com.secutix.payments.gateway.cardentry.adapter.out.r2dbc.ExpiredCardEntriesPurge;
import com.secutix.payments.gateway.cardentry.adapter.out.r2dbc.ExpiredCvvProofsPurge;
import com.secutix.payments.gateway.cardentry.adapter.out.r2dbc.R2dbcCardEntries;
import com.secutix.payments.gateway.cardentry.adapter.out.savedcard.VaultSavedCardsForCvv;
import com.secutix.payments.gateway.cardentry.application.AliasGateway;
import com.secutix.payments.gateway.cardentry.application.PrepareCardEntry;
import com.secutix.payments.gateway.cardentry.application.ReadCardEntryResult;
import com.secutix.payments.gateway.cardentry.application.SavedCardsForCvv;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.secutix.payments.platform.secrets.SecretSealer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The card-entry feature's beans, wired by hand. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CardEntryProperties.class)
class CardEntryConfiguration {

    @Bean
    AliasGateway aliasGateway(PspProperties properties) {
        return new OgoneAliasGateway(properties);
    }

    @Bean
    R2dbcCardEntries cardEntries(DatabaseClient database, ReactiveTransactionManager transactions, SecretSealer sealer) {
        return new R2dbcCardEntries(database, TransactionalOperator.create(transactions), sealer);
    }

    @Bean
    SavedCardsForCvv savedCardsForCvv(SavedCards savedCards) {
        return new VaultSavedCardsForCvv(savedCards);
    }

    @Bean
    ExpiredCardEntriesPurge expiredCardEntriesPurge(DatabaseClient database, CardEntryProperties properties,
            Clock clock) {
        return new ExpiredCardEntriesPurge(database, clock, properties.purgeInterval(), properties.purgeBatchSize());
    }

    @Bean
    ExpiredCvvProofsPurge expiredCvvProofsPurge(DatabaseClient database, CardEntryProperties properties, Clock clock) {
        return new ExpiredCvvProofsPurge(database, clock, properties.purgeInterval(), properties.purgeBatchSize());
    }

    @Bean
    SavedCardUpdateForms savedCardUpdateForms(DatabaseClient database) {
        return new R2dbcSavedCardUpdateForms(database);
    }

    @Bean
    SavedCardDetailsUpdates savedCardDetailsUpdates(SavedCardChanges changes) {
        return new VaultSavedCardDetailsUpdates(changes);
    }

    @Bean
    DeletedAliases deletedAliases(SavedCardChanges changes) {
        return new VaultDeletedAliases(changes);
    }

    @Bean
    CardEntryTransactions cardEntryTransactions(ReactiveTransactionManager transactions) {
        TransactionalOperator operator = TransactionalOperator.create(transactions);
        return new CardEntryTransactions() {
            @Override
            public <T> Mono<T> inOne(Mono<T> work) {
                return operator.transactional(work);
            }
        };
    }

    @Bean
    PrepareCardEntry prepareCardEntry(AliasGateway aliasGateway, R2dbcCardEntries cardEntries,
            SavedCardsForCvv savedCards, SavedCardUpdateForms updateForms, DeletedAliases deletedAliases,
            CardEntryTransactions transactions, CardEntryProperties properties, Clock clock) {
        return new PrepareCardEntry(aliasGateway, cardEntries, cardEntries, savedCards, updateForms, deletedAliases,
                transactions, clock, properties.formLifetime(), new SecureRandom());
    }

    @Bean
    ReadCardEntryResult readCardEntryResult(AliasGateway aliasGateway, R2dbcCardEntries cardEntries,
            SavedCardsForCvv savedCards, SavedCardUpdateForms updateForms, SavedCardDetailsUpdates detailsUpdates,
            Outbox outbox, CardEntryTransactions transactions, CardEntryProperties properties, Clock clock) {
        return new ReadCardEntryResult(aliasGateway, cardEntries, savedCards, updateForms, detailsUpdates, outbox,
                transactions, clock, properties.cvvProofLifetime());
    }

    @Bean
    CardEntryAttempts cardEntryAttempts(AttemptLimiter limiter, AttemptLimitsProperties limits) {
        return new CardEntryAttempts(limiter, limits);
    }
}
