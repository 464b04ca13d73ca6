package com.secutix.payments.gateway.savedcard;

import com.secutix.payments.gateway.savedcard.adapter.in.kafka.CardEventsListener;
import com.secutix.payments.gateway.savedcard.adapter.out.r2dbc.R2dbcSavedCards;
import com.secutix.payments.gateway.savedcard.application.KeepSavedCards;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The saved-card feature's beans, wired by hand: the vault's saved cards, kept from its events. */
@Configuration(proxyBeanMethods = false)
class SavedCardConfiguration {

    @Bean
    SavedCards savedCards(DatabaseClient database) {
        return new R2dbcSavedCards(database);
    }

    @Bean
    KeepSavedCards keepSavedCards(SavedCards savedCards, ProcessedEvents processedEvents) {
        return new KeepSavedCards(savedCards, processedEvents);
    }

    @Bean
    CardEventsListener cardEventsListener(KeepSavedCards keepSavedCards) {
        return new CardEventsListener(keepSavedCards);
    }
}
