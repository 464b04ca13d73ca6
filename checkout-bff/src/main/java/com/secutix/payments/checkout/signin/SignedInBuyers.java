package com.secutix.payments.checkout.signin;

import com.secutix.payments.platform.security.Callers;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The buyer signed in on this request's web session, if any: the access token the identity provider gave at
 * sign-in, verified by the same rules as every API's tokens (signature, issuer, audience, expiry). A token
 * that no longer passes (expired) is a guest: the page offers to sign in again.
 */
@Component
public class SignedInBuyers {

    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final ReactiveJwtDecoder tokens;

    SignedInBuyers(ServerOAuth2AuthorizedClientRepository authorizedClients, ReactiveJwtDecoder tokens) {
        this.authorizedClients = authorizedClients;
        this.tokens = tokens;
    }

    /** The signed-in buyer; empty for a guest. */
    public Mono<SignedInBuyer> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(OAuth2AuthenticationToken.class)
                .flatMap(signIn -> authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient(
                        signIn.getAuthorizedClientRegistrationId(), signIn, exchange))
                .flatMap(client -> {
                    String token = client.getAccessToken().getTokenValue();
                    return tokens.decode(token).map(jwt -> new SignedInBuyer(Callers.fromJwt(jwt), token));
                })
                .onErrorResume(JwtException.class, expired -> Mono.empty());
    }
}
