package com.secutix.payments.gateway.savedcard;

import com.secutix.payments.gateway.savedcard.adapter.in.kafka.CardEventsListener;
import com.secutix.payments.gateway.savedcard.adapter.out.cache.RecentCardPolicies;
import com.secutix.payments.gateway.savedcard.adapter.out.r2dbc.R2dbcCardPolicies;
import com.secutix.payments.gateway.savedcard.adapter.out.r2dbc.R2dbcSavedCardChanges;
import com.secutix.payments.gateway.savedcard.adapter.out.r2dbc.R2dbcSavedCards;
import com.secutix.payments.gateway.savedcard.application.CardPolicies;
import com.secutix.payments.gateway.savedcard.application.KeepCardEvents;
import com.secutix.payments.gateway.savedcard.application.ReadCardPolicy;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.secrets.SecretSealer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The saved-card feature's beans, wired by hand: the vault's saved cards and the tenants' card policies, kept from
 * its events.
 */
@Configuration(proxyBeanMethods = false)
class SavedCardConfiguration {

    @Bean
    SavedCards savedCards(DatabaseClient database, SecretSealer sealer) {
        return new R2dbcSavedCards(database, sealer);
    }

    @Bean
    SavedCardChanges savedCardChanges(DatabaseClient database) {
        return new R2dbcSavedCardChanges(database);
    }

    @Bean
    CardPolicies cardPolicies(DatabaseClient database) {
        return new RecentCardPolicies(new R2dbcCardPolicies(database));
    }

    @Bean
    ReadCardPolicy readCardPolicy(CardPolicies cardPolicies) {
        return new ReadCardPolicy(cardPolicies);
    }

    @Bean
    KeepCardEvents keepCardEvents(SavedCards savedCards, SavedCardChanges changes, CardPolicies cardPolicies,
            ProcessedEvents processedEvents) {
        return new KeepCardEvents(savedCards, changes, cardPolicies, processedEvents);
    }

    @Bean
    CardEventsListener cardEventsListener(KeepCardEvents keepCardEvents, SecretSealer sealer) {
        return new CardEventsListener(keepCardEvents, sealer);
    }
}
