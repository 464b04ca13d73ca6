package com.secutix.payments.platform.security;

import com.secutix.payments.platform.problem.PlatformProblemAutoConfiguration;
import com.secutix.payments.platform.problem.ProblemResponseWriter;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

import java.time.Clock;
import java.util.List;

/**
 * Every service is a JWT resource server: authenticated by default, roles from the {@code roles}
 * claim, a tenant required, only tokens that pass the {@link AccessTokenRules} (applied to every
 * {@link ReactiveJwtDecoder} bean, whoever declared it), health and prometheus public, the other
 * actuator endpoints for admins, 401/403 as problem+json. A service can declare its own
 * {@link SecurityWebFilterChain} to replace this one; its decoder keeps the rules.
 */
@AutoConfiguration(after = PlatformProblemAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class PlatformSecurityAutoConfiguration {

    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus"};
    static final String ACTUATOR_PATHS = "/actuator/**";
    static final String AUDIENCE_PROPERTY = "payments.security.audience";
    static final String ALGORITHMS_PROPERTY = "spring.security.oauth2.resourceserver.jwt.jws-algorithms";
    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * The audience {@code payments.security.audience} (default: {@code spring.application.name}), the
     * algorithms of Boot's {@code jws-algorithms} (default RS256, which Boot's decoder also uses) and the issuer.
     */
    @Bean
    @ConditionalOnMissingBean
    public AccessTokenRules accessTokenRules(Environment environment) {
        Binder binder = Binder.get(environment);
        return new AccessTokenRules(
                binder.bind(AUDIENCE_PROPERTY, String.class).orElse(null),
                binder.bind(ALGORITHMS_PROPERTY, Bindable.listOf(String.class)).orElse(List.of("RS256")),
                binder.bind(ISSUER_PROPERTY, String.class).orElse(null));
    }

    /** Verified tokens remembered for {@code payments.security.verified-tokens.time-to-live} (1 minute). */
    @Bean
    @ConditionalOnMissingBean
    VerifiedTokens verifiedTokens(Environment environment) {
        VerifiedTokensProperties properties = Binder.get(environment)
                .bind("payments.security.verified-tokens", VerifiedTokensProperties.class)
                .orElseGet(() -> new VerifiedTokensProperties(null, null));
        return new VerifiedTokens(properties, Clock.systemUTC());
    }

    /** Wraps every decoder bean with the rules: Boot's, test-support's, or a service's own. */
    @Bean
    public static BeanPostProcessor accessTokenRulesOnEveryJwtDecoder(ObjectProvider<AccessTokenRules> rules,
                                                                      ObjectProvider<VerifiedTokens> verifiedTokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                return bean instanceof ReactiveJwtDecoder decoder
                        ? rules.getObject().enforcedOn(decoder, verifiedTokens.getObject()) : bean;
            }
        };
    }

    /**
     * No observation (timer and span) around each Spring Security filter, authentication and authorization
     * decision: a dozen per request, where the request's own observation already times and traces the whole of it.
     * Without this, Spring Security wraps every filter of every chain in an observation even when they are all
     * switched off, and each wrapper costs every request a few Reactor operators.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings noObservationsAroundEachSecurityFilter() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemSecurityHandlers problemSecurityHandlers(ProblemResponseWriter writer) {
        return new ProblemSecurityHandlers(writer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    public SecurityWebFilterChain platformSecurityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
        return apiSecurity(http, problems).build();
    }

    /**
     * The rules of a stateless JWT API on {@code http}: a service that also serves pages (the checkout) applies
     * them to its API paths only ({@link ServerHttpSecurity#securityMatcher}) and builds its own chain for its
     * pages, instead of the one above.
     */
    public static ServerHttpSecurity apiSecurity(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PUBLIC_PATHS).permitAll()
                        .pathMatchers(ACTUATOR_PATHS).hasRole(Role.ADMIN.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }
}
