package com.secutix.payments.checkout.payment.adapter.out.gateway;

import java.util.Map;
import java.util.function.Function;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import reactor.core.publisher.Mono;

/**
 * The BFF's own access tokens, one machine client (client credentials) per tenant: the platform's tokens carry
 * exactly one tenant, so the BFF acts for a tenant's checkout with that tenant's client. Tokens are cached by
 * Spring Security's client manager until they expire.
 */
public class MachineTokens {

    private static final String PRINCIPAL = "checkout-bff";

    private final ReactiveOAuth2AuthorizedClientManager clients;
    private final Function<String, String> registrationOfTenant;

    public MachineTokens(ReactiveOAuth2AuthorizedClientManager clients, Map<String, String> registrationOfTenant) {
        this.clients = clients;
        this.registrationOfTenant = registrationOfTenant::get;
    }

    public Mono<String> forTenant(String tenantId) {
        String registration = registrationOfTenant.apply(tenantId);
        if (registration == null) {
            return Mono.error(new IllegalStateException("payments.checkout.tenants." + tenantId
                    + ".client-registration is not set: the checkout cannot act for this tenant"));
        }
        return clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration).principal(PRINCIPAL).build())
                .map(client -> client.getAccessToken().getTokenValue())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no token for client registration " + registration)));
    }
}
