package com.secutix.payments.pspsimulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.PathMatchConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Ogone's pages are served by IIS, where paths are case-insensitive ("Alias_gateway_utf8.asp" works too). */
@Configuration(proxyBeanMethods = false)
class OgonePathMatching implements WebFluxConfigurer {

    @Override
    public void configurePathMatching(PathMatchConfigurer configurer) {
        configurer.setUseCaseSensitiveMatch(false);
    }
}
