package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskingTest {

    @Test
    void pattern_layouts_started_after_install_mask_card_numbers_in_messages() {
        LogMasking.install();
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%level %msg / %m / %message");
        layout.start();
        Logger logger = context.getLogger("test");

        String line = layout.doLayout(new LoggingEvent("test", logger, Level.INFO,
                "charging card {} for order {}", null, new Object[] {"4111111111111111", "ORD-1"}));

        assertThat(line).doesNotContain("4111111111111111")
                .isEqualTo("INFO charging card ************1111 for order ORD-1 / charging card ************1111 for order ORD-1"
                        + " / charging card ************1111 for order ORD-1");
    }

    @Test
    void structured_log_members_are_masked() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", map -> map.get("message"));
            new MaskingStructuredLogCustomizer().customize((JsonWriter.Members) members);
        });

        String json = writer.writeToString(Map.of("message", "card 5555555555554444 saved"));

        assertThat(json).doesNotContain("5555555555554444").contains("************4444");
    }
}
