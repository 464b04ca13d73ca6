package com.secutix.payments.pspsimulator;

import com.github.benmanes.caffeine.cache.Ticker;
import com.secutix.payments.pspsimulator.card.application.RegisterCard;
import com.secutix.payments.pspsimulator.card.application.StoredCards;
import com.secutix.payments.pspsimulator.fault.application.Faults;
import com.secutix.payments.pspsimulator.fault.domain.FaultSettings;
import com.secutix.payments.pspsimulator.merchant.application.MerchantAccounts;
import com.secutix.payments.pspsimulator.merchant.domain.HashAlgorithm;
import com.secutix.payments.pspsimulator.merchant.domain.MerchantAccount;
import com.secutix.payments.pspsimulator.payment.application.CompleteIdentification;
import com.secutix.payments.pspsimulator.payment.application.DirectLinkAccess;
import com.secutix.payments.pspsimulator.payment.application.Ledger;
import com.secutix.payments.pspsimulator.payment.application.MaintainPayment;
import com.secutix.payments.pspsimulator.payment.application.PaymentLookup;
import com.secutix.payments.pspsimulator.payment.application.Payments;
import com.secutix.payments.pspsimulator.payment.application.PlaceOrder;
import com.secutix.payments.pspsimulator.payment.application.QueryPayment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Wires the simulator's use cases by hand; all state lives in memory, bounded by the {@code psp-simulator.*}
 * lifetimes and maximum counts. Expiries follow the simulator's {@link Clock}, so a test that moves the clock
 * moves them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The fault injection's draws only: identifiers a client could abuse (aliases, challenge tokens) never come from it. */
    @Bean
    @ConditionalOnMissingBean
    RandomGenerator faultDraws() {
        return new Random();
    }

    @Bean
    MerchantAccounts merchantAccounts(SimulatorProperties properties) {
        return new MerchantAccounts(properties.merchants().stream()
                .map(m -> new MerchantAccount(m.pspid(), m.apiUser(), m.apiPassword(), m.shaInPassphrase(),
                        m.shaOutPassphrase(), HashAlgorithm.parse(m.hashAlgorithm())))
                .toList());
    }

    @Bean
    StoredCards storedCards(Clock clock, SimulatorProperties properties) {
        return new StoredCards(tickerOf(clock), properties.temporaryAliasLifetime(), properties.cvcRetention(),
                properties.maxAliases());
    }

    @Bean
    RegisterCard registerCard(MerchantAccounts accounts, StoredCards cards, Clock clock) {
        return new RegisterCard(accounts, cards, clock, new SecureRandom());
    }

    @Bean
    Payments payments(Clock clock, SimulatorProperties properties) {
        return new Payments(clock, tickerOf(clock), properties.maxTransactions(), properties.challengeLifetime());
    }

    @Bean
    DirectLinkAccess directLinkAccess(MerchantAccounts accounts) {
        return new DirectLinkAccess(accounts);
    }

    @Bean
    PaymentLookup paymentLookup(Payments payments) {
        return new PaymentLookup(payments);
    }

    @Bean
    PlaceOrder placeOrder(DirectLinkAccess access, StoredCards cards, Payments payments, Clock clock) {
        return new PlaceOrder(access, cards, payments, clock, new SecureRandom());
    }

    @Bean
    MaintainPayment maintainPayment(DirectLinkAccess access, PaymentLookup lookup, Clock clock) {
        return new MaintainPayment(access, lookup, clock);
    }

    @Bean
    QueryPayment queryPayment(DirectLinkAccess access, PaymentLookup lookup) {
        return new QueryPayment(access, lookup);
    }

    @Bean
    CompleteIdentification completeIdentification(Payments payments, MerchantAccounts accounts, Clock clock) {
        return new CompleteIdentification(payments, accounts, clock);
    }

    @Bean
    Ledger ledger(Payments payments) {
        return new Ledger(payments);
    }

    @Bean
    Faults faults(SimulatorProperties properties, RandomGenerator random) {
        SimulatorProperties.Faults initial = properties.faults();
        return new Faults(new FaultSettings(initial.latencyMinMs(), initial.latencyMaxMs(), initial.errorRate(),
                initial.timeoutRate(), initial.uncertainRate(), initial.slowAnswerDelay(),
                initial.pendingMaintenanceAnswers()), random);
    }

    /** Caffeine's time source read from the clock (nanoseconds since the epoch). */
    static Ticker tickerOf(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
