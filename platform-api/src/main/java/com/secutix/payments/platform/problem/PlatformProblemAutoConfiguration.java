package com.secutix.payments.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem+json answers for every failure of a web request, built from Spring's {@code ProblemDetail} /
 * {@code ErrorResponse}: by {@link ProblemExceptionAdvice} for REST controllers, by
 * {@link ProblemWebExceptionHandler} for what no controller saw.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemExceptionAdvice.class)
public class PlatformProblemAutoConfiguration {

    /** Problems written with RFC 9457's order of members, by the codecs and by {@link ProblemResponseWriter} alike. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    JsonMapperBuilderCustomizer problemDetailMembersInOrder() {
        // after Boot's customizer that registers Spring's own mix-in, which this one extends
        return builder -> builder.addMixIn(ProblemDetail.class, ProblemDetailJsonOrder.class);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemWebExceptionHandler problemWebExceptionHandler(ProblemResponseWriter writer) {
        return new ProblemWebExceptionHandler(writer);
    }
}
