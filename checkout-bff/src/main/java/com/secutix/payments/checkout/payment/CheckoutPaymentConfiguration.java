package com.secutix.payments.checkout.payment;

import com.secutix.payments.checkout.payment.adapter.in.web.BuyerAddresses;
import com.secutix.payments.checkout.payment.adapter.in.web.BuyerBrowsers;
import com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests;
import com.secutix.payments.checkout.payment.adapter.in.web.CheckoutAttempts;
import com.secutix.payments.checkout.payment.adapter.in.web.PageLocale;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import com.secutix.payments.checkout.payment.adapter.out.gateway.MachineTokens;
import com.secutix.payments.checkout.payment.adapter.out.gateway.WebClientGateway;
import com.secutix.payments.checkout.payment.adapter.out.r2dbc.R2dbcCheckoutPayments;
import com.secutix.payments.checkout.payment.adapter.out.vault.WebClientCardVault;
import com.secutix.payments.checkout.payment.application.CancelCheckout;
import com.secutix.payments.checkout.payment.application.CardVault;
import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.payment.application.EnterCard;
import com.secutix.payments.checkout.payment.application.Gateway;
import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.application.ResumeInterruptedPayments;
import com.secutix.payments.platform.lifecycle.PeriodicRound;
import com.secutix.payments.checkout.session.CheckoutProperties;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SealedColumn;
import com.secutix.payments.platform.secrets.SealingMigration;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.secrets.SecretsProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires paying a checkout session by hand: the page's language, the gateway and vault clients, the store, the use cases. */
@Configuration(proxyBeanMethods = false)
class CheckoutPaymentConfiguration {

    /** Longer than any payment takes (the gateway's PSP timeout included): a session PAYING for longer was interrupted. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(2);
    static final int RESUME_BATCH_SIZE = 50;

    /** Named so, it replaces WebFlux's Accept-Language resolver for Thymeleaf. */
    @Bean
    PageLocale localeContextResolver(CheckoutSessions sessions) {
        return new PageLocale(sessions);
    }

    @Bean
    MachineTokens machineTokens(ReactiveClientRegistrationRepository registrations,
                                ReactiveOAuth2AuthorizedClientService authorizedClients, CheckoutProperties properties) {
        return new MachineTokens(new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients),
                properties.clientRegistrations());
    }

    @Bean
    Gateway gateway(WebClient.Builder webClients, MachineTokens tokens, CheckoutProperties properties) {
        return new WebClientGateway(webClients.clone().baseUrl(properties.gatewayUrl().toString()).build(), tokens);
    }

    @Bean
    CardVault cardVault(WebClient.Builder webClients, MachineTokens tokens, CheckoutProperties properties) {
        return new WebClientCardVault(webClients.clone().baseUrl(properties.vaultUrl().toString()).build(), tokens);
    }

    @Bean
    CheckoutPayments checkoutPayments(DatabaseClient database, ReactiveTransactionManager transactionManager, Outbox outbox,
                                      JsonMapper jsonMapper, SecretSealer sealer) {
        return new R2dbcCheckoutPayments(database, TransactionalOperator.create(transactionManager), outbox, jsonMapper, sealer);
    }

    @Bean
    EnterCard enterCard(Gateway gateway, CheckoutPayments payments, CheckoutProperties properties, Clock clock) {
        return new EnterCard(gateway, payments, session -> new EnterCard.ReturnPages(
                page(properties, session.id().value() + "/card-entry/accepted"),
                page(properties, session.id().value() + "/card-entry/refused")), clock);
    }

    @Bean
    PayCheckout payCheckout(Gateway gateway, CardVault vault, CheckoutPayments payments, CheckoutProperties properties, Clock clock) {
        return new PayCheckout(gateway, vault, payments,
                session -> page(properties, session.id().value() + "/authentication/return"),
                properties.maxFailedAttempts(), clock);
    }

    @Bean
    BuyerAddresses buyerAddresses(CheckoutProperties properties) {
        return new BuyerAddresses(properties.trustedProxies());
    }

    @Bean
    BuyerBrowsers buyerBrowsers(BuyerAddresses addresses) {
        return new BuyerBrowsers(addresses);
    }

    @Bean
    CheckoutPageRequests checkoutPageRequests(CheckoutSessions sessions, Clock clock, CheckoutProperties properties) {
        return new CheckoutPageRequests(sessions, clock, properties.timeZone());
    }

    @Bean
    CheckoutAttempts checkoutAttempts(AttemptLimiter limiter, AttemptLimitsProperties properties) {
        return new CheckoutAttempts(limiter, properties);
    }

    @Bean
    ResumeInterruptedPayments resumeInterruptedPayments(CheckoutPayments payments, CheckoutSessions sessions,
                                                        PayCheckout payCheckout, Clock clock) {
        return new ResumeInterruptedPayments(payments, sessions, payCheckout, INTERRUPTED_AFTER, RESUME_BATCH_SIZE, clock);
    }

    /** Takes up the payments a stopped BFF left unanswered, every half minute (on any instance; the gateway's key decides). */
    @Bean
    PeriodicRound interruptedPaymentsRound(ResumeInterruptedPayments resume) {
        return PeriodicRound.of("interrupted checkout payments", Duration.ofSeconds(30), resume::resume);
    }

    @Bean
    CancelCheckout cancelCheckout(CheckoutPayments payments, Clock clock) {
        return new CancelCheckout(payments, clock);
    }

    private static URI page(CheckoutProperties properties, String path) {
        String base = properties.pageBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "checkout/" + path);
    }

    /** The entered cards' aliases, sealed for their session's tenant: the column the rotation command re-seals. */
    static final SealedColumn ENTERED_CARD_ALIASES = SealedColumn.pspAliases("checkout_entered_card", "psp_alias_sealed");

    @Bean
    SealedColumn enteredCardAliases() {
        return ENTERED_CARD_ALIASES;
    }

    /**
     * V3: the clear {@code checkout_entered_card.psp_alias} becomes {@code psp_alias_sealed}, bound to the session's
     * tenant (a new {@code tenant_id} column, copied from {@code checkout_session}), in one transaction.
     */
    @Bean
    SealingMigration sealEnteredCardAliases(SecretSealer sealer, SecretsProperties properties) {
        return SealingMigration.version("3", "seal entered card aliases")
                .sql("ALTER TABLE checkout_entered_card ADD COLUMN tenant_id VARCHAR(100), ADD COLUMN psp_alias_sealed VARCHAR(400), "
                        + "ALTER COLUMN psp_alias DROP NOT NULL")
                .sql("UPDATE checkout_entered_card e SET tenant_id = s.tenant_id FROM checkout_session s WHERE s.id = e.session_id")
                .sealClear(ENTERED_CARD_ALIASES, "psp_alias", null)
                .sql("ALTER TABLE checkout_entered_card DROP COLUMN psp_alias, ALTER COLUMN tenant_id SET NOT NULL, "
                        + "ALTER COLUMN psp_alias_sealed SET NOT NULL")
                .build(sealer, properties);
    }
}
