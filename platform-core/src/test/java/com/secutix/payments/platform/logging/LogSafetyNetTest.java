package com.secutix.payments.platform.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A Boot application with the starter on its class path never writes a card number to its log. */
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyNetTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    private static void logACardNumberFrom(String... properties) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            LoggerFactory.getLogger(LogSafetyNetTest.class).warn("charging card {} failed", "4111111111111111");
            LoggerFactory.getLogger(LogSafetyNetTest.class).error("payment failed",
                    new IllegalStateException("refused", new IOException("card 5555 5555 5555 4444 unknown")));
        }
    }

    @Test
    void masks_card_numbers_in_the_default_console_pattern(CapturedOutput output) {
        logACardNumberFrom("spring.main.banner-mode=off");

        assertThat(output.getOut()).contains("charging card ************1111 failed")
                .contains("Caused by: java.io.IOException: card **** **** **** 4444 unknown")
                .doesNotContain("4111111111111111").doesNotContain("5555 5555 5555 4444");
    }

    @Test
    void masks_card_numbers_in_structured_logs(CapturedOutput output) {
        logACardNumberFrom("spring.main.banner-mode=off", "logging.structured.format.console=ecs");

        assertThat(output.getOut()).contains("\"message\":\"charging card ************1111 failed\"")
                .contains("Caused by: java.io.IOException: card **** **** **** 4444 unknown")
                .doesNotContain("4111111111111111").doesNotContain("5555 5555 5555 4444");
    }

    @Test
    void a_service_that_chooses_logbacks_exception_word_keeps_the_masking(CapturedOutput output) {
        logACardNumberFrom("spring.main.banner-mode=off", "logging.exception-conversion-word=%xEx");

        assertThat(output.getOut()).contains("Caused by: java.io.IOException: card **** **** **** 4444 unknown")
                .doesNotContain("5555 5555 5555 4444");
    }
}
