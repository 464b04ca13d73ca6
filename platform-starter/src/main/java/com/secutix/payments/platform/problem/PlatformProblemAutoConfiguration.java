package com.secutix.payments.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem+json answers for every failure of a web request. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemExceptionAdvice.class)
public class PlatformProblemAutoConfiguration {

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
