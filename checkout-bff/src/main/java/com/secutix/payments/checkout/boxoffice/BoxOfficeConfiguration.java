package com.secutix.payments.checkout.boxoffice;

import com.secutix.payments.checkout.boxoffice.adapter.out.gateway.WebClientBoxOfficeGateway;
import com.secutix.payments.checkout.boxoffice.adapter.out.vault.WebClientBoxOfficeVault;
import com.secutix.payments.checkout.boxoffice.application.BoxOfficeGateway;
import com.secutix.payments.checkout.boxoffice.application.BoxOfficeVault;
import com.secutix.payments.checkout.boxoffice.application.EnterSecurityCode;
import com.secutix.payments.checkout.boxoffice.application.ListUsableCards;
import com.secutix.payments.checkout.boxoffice.application.PayAtCounter;
import com.secutix.payments.checkout.session.CheckoutProperties;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires the box-office API: the gateway and the vault called with the terminal's own token (no machine client of
 * the BFF is involved), the use cases, and where the PSP sends a terminal back after a security code
 * ({@code <page-base-url>/box-office/security-code-entries/accepted} and {@code .../refused}, which must be on the
 * gateway's return addresses of the tenant, {@code payments.psp.accounts.<tenant>.return-urls}).
 */
@Configuration(proxyBeanMethods = false)
class BoxOfficeConfiguration {

    static final String ACCEPTED = "box-office/security-code-entries/accepted";
    static final String REFUSED = "box-office/security-code-entries/refused";

    @Bean
    BoxOfficeGateway boxOfficeGateway(WebClient.Builder webClients, CheckoutProperties properties) {
        return new WebClientBoxOfficeGateway(webClients.clone().baseUrl(properties.gatewayUrl().toString()).build());
    }

    @Bean
    BoxOfficeVault boxOfficeVault(WebClient.Builder webClients, CheckoutProperties properties) {
        return new WebClientBoxOfficeVault(webClients.clone().baseUrl(properties.vaultUrl().toString()).build());
    }

    @Bean
    ListUsableCards listUsableCards(BoxOfficeVault vault) {
        return new ListUsableCards(vault);
    }

    @Bean
    PayAtCounter payAtCounter(BoxOfficeGateway gateway) {
        return new PayAtCounter(gateway);
    }

    @Bean
    EnterSecurityCode enterSecurityCode(BoxOfficeGateway gateway, CheckoutProperties properties) {
        return new EnterSecurityCode(gateway, new EnterSecurityCode.ReturnAddresses(
                ours(properties, ACCEPTED), ours(properties, REFUSED)));
    }

    private static URI ours(CheckoutProperties properties, String path) {
        String base = properties.pageBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }
}
