package com.secutix.payments.platform.logging;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Installs {@link LogMasking} before Boot configures logging, and makes the masked {@code %wEx}
 * ({@code %maskedWEx}) the exception conversion word of Boot's log patterns, as the lowest-precedence
 * default of {@code logging.exception-conversion-word}. A service that sets that property itself
 * keeps its masking with logback's words ({@code %ex}, {@code %xEx}, {@code %rEx}), not with
 * {@code %wEx}.
 */
public class LogMaskingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "platformLogMasking";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        LogMasking.install();
        if (!environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                    Map.of("logging.exception-conversion-word", "%" + LogbackMasking.BOOT_EXCEPTION_WORD)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
