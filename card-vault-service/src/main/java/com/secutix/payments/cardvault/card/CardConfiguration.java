package com.secutix.payments.cardvault.card;

import com.secutix.payments.cardvault.card.application.ApplyConfirmedCardDetails;
import com.secutix.payments.cardvault.card.application.CardDetailsUpdates;
import com.secutix.payments.cardvault.card.application.CardTransactions;
import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.application.DeleteCard;
import com.secutix.payments.cardvault.card.application.ListCustomerCards;
import com.secutix.payments.cardvault.card.application.SaveCard;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.policy.application.ReadCardPolicy;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

/** Wires the card use cases by hand; the adapters are found by component scanning. */
@Configuration(proxyBeanMethods = false)
class CardConfiguration {

    @Bean
    SaveCard saveCard(Cards cards, ReadCardPolicy readCardPolicy, ProcessedEvents processedEvents, Outbox outbox,
                      Clock clock) {
        return new SaveCard(cards, readCardPolicy, processedEvents, outbox, clock, () -> new CardId(UUID.randomUUID()));
    }

    @Bean
    ListCustomerCards listCustomerCards(Cards cards, Clock clock) {
        return new ListCustomerCards(cards, clock);
    }

    @Bean
    DeleteCard deleteCard(Cards cards, Outbox outbox, ReactiveTransactionManager transactionManager, Clock clock) {
        TransactionalOperator transactions = TransactionalOperator.create(transactionManager);
        return new DeleteCard(cards, outbox, new CardTransactions() {
            @Override
            public <T> Mono<T> inOne(Mono<T> work) {
                return transactions.transactional(work);
            }
        }, clock);
    }

    @Bean
    ApplyConfirmedCardDetails applyConfirmedCardDetails(CardDetailsUpdates updates, ProcessedEvents processedEvents,
                                                        Outbox outbox, Clock clock) {
        return new ApplyConfirmedCardDetails(updates, processedEvents, outbox, clock);
    }
}
