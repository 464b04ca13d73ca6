package com.secutix.payments.checkout.account;

import com.secutix.payments.checkout.account.adapter.out.gateway.WebClientCardDetailsChanges;
import com.secutix.payments.checkout.account.adapter.out.vault.WebClientAccountCardVault;
import com.secutix.payments.checkout.account.application.AccountCardVault;
import com.secutix.payments.checkout.account.application.CardDetailsChanges;
import com.secutix.payments.checkout.account.application.ManageSavedCards;
import com.secutix.payments.checkout.payment.adapter.out.gateway.MachineTokens;
import com.secutix.payments.checkout.session.CheckoutProperties;
import java.net.URI;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the buyer's account: the vault read and written with the buyer's token, the gateway's alias update. */
@Configuration(proxyBeanMethods = false)
class AccountCardsConfiguration {

    /** How long the account waits for a change the PSP confirmed to reach the vault (an event away, usually well under a second). */
    static final Duration VAULT_CATCH_UP = Duration.ofSeconds(3);

    @Bean
    AccountCardVault accountCardVault(WebClient.Builder webClients, CheckoutProperties properties) {
        return new WebClientAccountCardVault(webClients.clone().baseUrl(properties.vaultUrl().toString()).build());
    }

    @Bean
    CardDetailsChanges cardDetailsChanges(WebClient.Builder webClients, MachineTokens tokens, CheckoutProperties properties) {
        return new WebClientCardDetailsChanges(webClients.clone().baseUrl(properties.gatewayUrl().toString()).build(), tokens);
    }

    @Bean
    ManageSavedCards manageSavedCards(AccountCardVault vault, CardDetailsChanges changes, CheckoutProperties properties) {
        return new ManageSavedCards(vault, changes, cardId -> new ManageSavedCards.ReturnPages(
                page(properties, cardId + "/change/accepted"), page(properties, cardId + "/change/refused")), VAULT_CATCH_UP);
    }

    private static URI page(CheckoutProperties properties, String path) {
        String base = properties.pageBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "account/cards/" + path);
    }
}
