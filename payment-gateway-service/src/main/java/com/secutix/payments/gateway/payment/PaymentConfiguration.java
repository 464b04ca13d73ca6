package com.secutix.payments.gateway.payment;

import com.secutix.payments.gateway.payment.adapter.out.attempts.PlatformPaymentAttempts;
import com.secutix.payments.gateway.payment.adapter.out.psp.OgoneDirectLinkClient;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.payment.adapter.out.r2dbc.R2dbcPayments;
import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.application.CvvProofs;
import com.secutix.payments.gateway.payment.adapter.out.cardentry.EnteredCardsOnFile;
import com.secutix.payments.gateway.payment.adapter.out.cardentry.EnteredCvvProofs;
import com.secutix.payments.gateway.payment.adapter.out.savedcard.VaultCardPolicyCvvRules;
import com.secutix.payments.gateway.payment.adapter.out.savedcard.VaultSavedCardsOnFile;
import com.secutix.payments.gateway.payment.application.CardsOnFile;
import com.secutix.payments.gateway.payment.application.CheckOnBuyerReturn;
import com.secutix.payments.gateway.payment.application.CvvProofsOnFile;
import com.secutix.payments.gateway.payment.application.GetPayment;
import com.secutix.payments.gateway.payment.application.PayWithAlias;
import com.secutix.payments.gateway.payment.application.PaymentAttempts;
import com.secutix.payments.gateway.payment.application.Payments;
import com.secutix.payments.gateway.payment.application.PspDirectLink;
import com.secutix.payments.gateway.payment.application.PspPaymentCheck;
import com.secutix.payments.gateway.payment.application.ReconcileUnknownPayments;
import com.secutix.payments.gateway.payment.application.SavedCardCvvRules;
import com.secutix.payments.gateway.payment.application.SavedCardsOnFile;
import com.secutix.payments.gateway.savedcard.application.ReadCardPolicy;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.platform.lifecycle.PeriodicRound;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

/** The payment feature's beans, wired by hand. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
class PaymentConfiguration {

    private final Clock clock;

    PaymentConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Bean
    Payments payments(DatabaseClient database, Outbox outbox, SecretSealer sealer) {
        return new R2dbcPayments(database, outbox, sealer);
    }

    @Bean
    PspDirectLink pspDirectLink(PspProperties properties) {
        return new OgoneDirectLinkClient(properties, WebClient.builder());
    }

    @Bean
    PaymentAttempts paymentAttempts(AttemptLimiter limiter, AttemptLimitsProperties limits) {
        return new PlatformPaymentAttempts(limiter, limits);
    }

    @Bean
    CardsOnFile cardsOnFile(CardRegistrations registrations, SavedCardChanges savedCardChanges) {
        return new EnteredCardsOnFile(registrations, savedCardChanges);
    }

    @Bean
    SavedCardsOnFile savedCardsOnFile(SavedCards savedCards, SavedCardChanges savedCardChanges) {
        return new VaultSavedCardsOnFile(savedCards, savedCardChanges);
    }

    @Bean
    SavedCardCvvRules savedCardCvvRules(ReadCardPolicy cardPolicies) {
        return new VaultCardPolicyCvvRules(cardPolicies);
    }

    @Bean
    CvvProofsOnFile cvvProofsOnFile(CvvProofs proofs) {
        return new EnteredCvvProofs(proofs);
    }

    @Bean
    PayWithAlias payWithAlias(Payments payments, CardsOnFile cards, SavedCardsOnFile savedCards,
            SavedCardCvvRules cvvRules, CvvProofsOnFile cvvProofs, PaymentAttempts attempts, PspDirectLink psp,
            ReconciliationProperties reconciliation) {
        return new PayWithAlias(payments, cards, savedCards, cvvRules, cvvProofs, attempts, psp,
                reconciliation.schedule(), clock, UUID::randomUUID);
    }

    @Bean
    GetPayment getPayment(Payments payments) {
        return new GetPayment(payments);
    }

    @Bean
    PspPaymentCheck pspPaymentCheck(Payments payments, PspDirectLink psp, ReconciliationProperties reconciliation) {
        return new PspPaymentCheck(payments, psp, reconciliation.schedule(), clock);
    }

    @Bean
    ReconcileUnknownPayments reconcileUnknownPayments(Payments payments, PspPaymentCheck checks,
            ReconciliationProperties reconciliation, MeterRegistry meters) {
        return new ReconcileUnknownPayments(payments, checks, clock, reconciliation.claimFor(),
                reconciliation.batchSize(), meters);
    }

    @Bean
    CheckOnBuyerReturn checkOnBuyerReturn(Payments payments, PspPaymentCheck checks,
            ReconciliationProperties reconciliation, MeterRegistry meters) {
        return new CheckOnBuyerReturn(payments, checks, clock, reconciliation.buyerReturnQueryInterval(), meters);
    }

    @Bean
    @ConditionalOnProperty(name = "payments.reconciliation.enabled", matchIfMissing = true)
    PeriodicRound reconciliation(ReconcileUnknownPayments reconcile, ReconciliationProperties reconciliation) {
        return PeriodicRound.of("reconciliation of unknown payments", reconciliation.pollInterval(), reconcile::reconcileDue);
    }
}
