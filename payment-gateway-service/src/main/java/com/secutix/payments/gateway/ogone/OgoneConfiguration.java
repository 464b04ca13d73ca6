package com.secutix.payments.gateway.ogone;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The PSP accounts ({@code payments.psp.*}) every feature that speaks Ogone reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PspProperties.class)
class OgoneConfiguration {
}
