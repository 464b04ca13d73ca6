package com.secutix.payments.pspsimulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.PathMatchConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * How the simulator's web layer reads requests: paths case-insensitively, as Ogone's IIS servers do
 * ("Alias_gateway_utf8.asp" works too), and bodies up to {@code psp-simulator.max-form-size} held in memory (a form
 * past it is answered 413 before it is parsed, see {@code Forms}). Ordered after Spring Boot's own configurer, so this
 * limit wins over {@code spring.codec.max-in-memory-size}.
 */
@Configuration(proxyBeanMethods = false)
class OgoneWebConventions implements WebFluxConfigurer {

    private final SimulatorProperties properties;

    OgoneWebConventions(SimulatorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configurePathMatching(PathMatchConfigurer configurer) {
        configurer.setUseCaseSensitiveMatch(false);
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize((int) properties.maxFormSize().toBytes());
    }
}
