package com.secutix.payments.gateway.cardentry;

import com.secutix.payments.gateway.cardentry.adapter.in.web.CardEntryAttempts;
import com.secutix.payments.gateway.cardentry.adapter.out.psp.OgoneAliasGateway;
import com.secutix.payments.gateway.cardentry.application.AliasGateway;
import com.secutix.payments.gateway.cardentry.application.PrepareCardEntry;
import com.secutix.payments.gateway.cardentry.application.ReadCardEntryResult;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The card-entry feature's beans, wired by hand. */
@Configuration(proxyBeanMethods = false)
class CardEntryConfiguration {

    @Bean
    AliasGateway aliasGateway(PspProperties properties) {
        return new OgoneAliasGateway(properties);
    }

    @Bean
    PrepareCardEntry prepareCardEntry(AliasGateway aliasGateway) {
        return new PrepareCardEntry(aliasGateway);
    }

    @Bean
    ReadCardEntryResult readCardEntryResult(AliasGateway aliasGateway) {
        return new ReadCardEntryResult(aliasGateway);
    }

    @Bean
    CardEntryAttempts cardEntryAttempts(AttemptLimiter limiter, AttemptLimitsProperties limits) {
        return new CardEntryAttempts(limiter, limits);
    }
}
