package com.secutix.payments.localstack.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo clients and users of {@link DemoDirectory}. Boot's authorization-server
 * auto-configuration supplies the rest: the protocol endpoints with OIDC, the login form for
 * people, and an RS256 key published at {@code /oauth2/jwks}.
 */
@Configuration(proxyBeanMethods = false)
class IdentityProviderConfiguration {

    private static final Duration DEMO_TOKEN_LIFETIME = Duration.ofHours(1);

    private static final List<String> CHECKOUT_WEB_REDIRECTS = List.of(
            "http://localhost:8080/login/oauth2/code/checkout-web",
            "http://127.0.0.1:8080/login/oauth2/code/checkout-web");

    @Bean
    RegisteredClientRepository registeredClients() {
        List<RegisteredClient> clients = new ArrayList<>();
        DemoDirectory.machineClients().forEach(client -> clients.add(machineClient(client)));
        clients.add(checkoutWeb());
        clients.add(commandLine());
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    UserDetailsService demoUsers() {
        List<UserDetails> users = DemoDirectory.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password("{noop}" + user.demoSecret())
                        .authorities(user.roles().stream().map(role -> "ROLE_" + role.toUpperCase()).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tenantAndRolesClaims() {
        return new TenantAndRolesClaims();
    }

    private static RegisteredClient machineClient(DemoDirectory.Identity client) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.name().getBytes()).toString())
                .clientId(client.name())
                .clientSecret("{noop}" + client.demoSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(DEMO_TOKEN_LIFETIME).build())
                .build();
    }

    /** DEMO: a public client for curl (local-stack/README.md); authorization code with PKCE, no consent page. */
    private static RegisteredClient commandLine() {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(DemoDirectory.COMMAND_LINE_CLIENT.getBytes()).toString())
                .clientId(DemoDirectory.COMMAND_LINE_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(DemoDirectory.COMMAND_LINE_REDIRECT)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(DEMO_TOKEN_LIFETIME).build())
                .build();
    }

    private static RegisteredClient checkoutWeb() {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(DemoDirectory.CHECKOUT_WEB_CLIENT.getBytes()).toString())
                .clientId(DemoDirectory.CHECKOUT_WEB_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(CHECKOUT_WEB_REDIRECTS))
                .postLogoutRedirectUri("http://localhost:8080/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(DEMO_TOKEN_LIFETIME).build())
                .build();
    }
}
