package com.secutix.payments.checkout.signin;

import com.secutix.payments.platform.security.PlatformSecurityAutoConfiguration;
import com.secutix.payments.platform.security.ProblemSecurityHandlers;
import com.secutix.payments.platform.security.Role;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import com.secutix.payments.checkout.session.CheckoutProperties;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Two doors into the BFF. The machine API ({@code /checkout-sessions}, the call centre's audit trail {@code
 * /operator-actions}, the box-office terminals' {@code /box-office/**} (role box_office only), the OpenAPI documents
 * {@code /v3/api-docs/**}, actuator) keeps the platform's rules:
 * a stateless JWT resource server answering problem+json. The pages are for people: anyone may open a
 * checkout page (a guest pays with a new card); signing in goes through the identity provider (OIDC,
 * authorization code with PKCE, the BFF a public client keeping the tokens in its server-side session);
 * our own forms carry a CSRF token; every page is sent with a CSP ({@link PageSecurityHeaders}) and is never
 * cached.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutSecurityConfiguration {

    static final String SIGN_IN_PATHS = "/checkout/*/sign-in";
    /** The buyer's account ("My saved cards"): signed in only. */
    static final String ACCOUNT_PATHS = "/account/**";
    /** The call centre's pages: signed in only (operators; anyone else gets a 403 page). */
    static final String CALL_CENTRE_PATHS = "/call-centre/**";
    /** The box-office terminals' API (a JWT API like /checkout-sessions; role box_office only). */
    static final String[] BOX_OFFICE_PATHS = {"/box-office", "/box-office/**"};
    /** springdoc's OpenAPI documents (/v3/api-docs/box-office): any valid token of ours. */
    static final String[] API_DOCUMENT_PATHS = {"/v3/api-docs", "/v3/api-docs/**"};
    /**
     * Where the PSP sends the buyer back (card entry, 3-D Secure): the PSP's own redirect or form, which carries
     * no token of ours; nothing there is decided from the request alone (the gateway checks with the PSP).
     */
    static final String[] PSP_RETURN_PATHS = {"/checkout/*/card-entry/*", "/checkout/*/authentication/return"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain machineApi(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
        // the box-office API is for box-office terminals only (a customer's or anyone else's token: 403); its
        // rule comes before the platform's, whose last one (any authenticated caller) would otherwise decide
        http.authorizeExchange(exchanges -> exchanges.pathMatchers(BOX_OFFICE_PATHS).hasRole(Role.BOX_OFFICE.name()));
        return PlatformSecurityAutoConfiguration.apiSecurity(
                http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/checkout-sessions", "/checkout-sessions/**",
                        "/operator-actions", "/actuator", "/actuator/**", BOX_OFFICE_PATHS[0], BOX_OFFICE_PATHS[1],
                        API_DOCUMENT_PATHS[0], API_DOCUMENT_PATHS[1])), problems).build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain pages(ServerHttpSecurity http, ServerOAuth2AuthorizationRequestResolver pkce) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(SIGN_IN_PATHS, ACCOUNT_PATHS, CALL_CENTRE_PATHS, "/call-centre").authenticated()
                        .anyExchange().permitAll())
                .oauth2Login(login -> login.authorizationRequestResolver(pkce))
                .logout(logout -> logout.logoutSuccessHandler(backToTheReferringPage()))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(PSP_RETURN_PATHS))))
                        .accessDeniedHandler(new ExpiredFormPage()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** PKCE on every authorization request, whatever the client registration says. */
    @Bean
    ServerOAuth2AuthorizationRequestResolver pkceAuthorizationRequests(ReactiveClientRegistrationRepository registrations) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** The buyer's tokens live in the web session (server-side, in PostgreSQL), not in one instance's memory. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientsInTheWebSession() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    PageSecurityHeaders pageSecurityHeaders(CheckoutProperties properties) {
        return new PageSecurityHeaders(properties.pspOrigins());
    }

    /** After signing out, back to the checkout page the buyer was on (a path of ours only, never another site). */
    private static ServerLogoutSuccessHandler backToTheReferringPage() {
        return (exchange, authentication) -> {
            String path = pathOf(exchange.getExchange().getRequest().getHeaders().getFirst(HttpHeaders.REFERER));
            ServerHttpResponse response = exchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.SEE_OTHER);
            response.getHeaders().setLocation(URI.create(path != null && path.matches("/checkout/[0-9a-f-]{36}(/payment)?")
                    ? path : "/"));
            return response.setComplete();
        };
    }

    private static String pathOf(String referer) {
        try {
            return referer == null ? null : URI.create(referer).getPath();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
