package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.json.JsonWriter;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskingTest {

    private static final String CARD = "4111 1111 1111 1111";

    @Test
    void pattern_layouts_started_after_install_mask_card_numbers_in_messages() {
        String line = layout("%level %msg / %m / %message").doLayout(new LoggingEvent("test", logger(), Level.INFO,
                "charging card {} for order {}", null, new Object[] {"4111111111111111", "ORD-1"}));

        assertThat(line).doesNotContain("4111111111111111")
                .isEqualTo("INFO charging card ************1111 for order ORD-1 / charging card ************1111 for order ORD-1"
                        + " / charging card ************1111 for order ORD-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ex", "%exception", "%throwable", "%xEx", "%xException", "%xThrowable", "%rEx",
            "%rootException", "%maskedWEx", "%ex{short}"})
    void every_exception_word_masks_the_exception_its_causes_and_its_suppressed_exceptions(String word) {
        Exception failure = new IllegalStateException("top " + CARD, new IOException("cause " + CARD));
        failure.addSuppressed(new IllegalArgumentException("suppressed " + CARD));

        String line = layout("%msg%n" + word).doLayout(new LoggingEvent("test", logger(), Level.ERROR,
                "payment failed", failure, null));

        assertThat(line).doesNotContain(CARD).contains("top **** **** **** 1111");
        if (!word.endsWith("{short}")) {
            assertThat(line).contains("cause **** **** **** 1111").contains("suppressed **** **** **** 1111");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%X", "%X{pan}", "%mdc", "%mdc{pan}"})
    void mdc_values_are_masked(String word) {
        LoggingEvent event = new LoggingEvent("test", logger(), Level.INFO, "payment refused", null, null);
        event.setMDCPropertyMap(Map.of("pan", "pan " + CARD));

        assertThat(layout(word + " %msg").doLayout(event)).doesNotContain(CARD).contains("pan **** **** **** 1111");
    }

    @Test
    void a_masked_exception_word_still_tells_the_layout_that_the_exception_is_printed() {
        Exception failure = new IllegalStateException("top " + CARD);

        String line = layout("%msg %ex").doLayout(new LoggingEvent("test", logger(), Level.ERROR, "failed", failure, null));

        assertThat(line.split("IllegalStateException", -1)).hasSize(2);
    }

    @Test
    void structured_log_members_are_masked() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", map -> map.get("message"));
            members.add("error").usingMembers(error -> error.add("stack_trace", map -> map.get("trace")));
            members.add().usingPairs((map, pairs) -> pairs.accept("pan", map.get("pan")));
            new MaskingStructuredLogCustomizer().customize((JsonWriter.Members) members);
        });

        String json = writer.writeToString(Map.of("message", "card 5555555555554444 saved",
                "trace", "java.lang.IllegalStateException: top " + CARD, "pan", "pan " + CARD));

        assertThat(json).doesNotContain("5555555555554444").doesNotContain(CARD).contains("************4444")
                .contains("top **** **** **** 1111").contains("pan **** **** **** 1111");
    }

    private static PatternLayout layout(String pattern) {
        LogMasking.install();
        PatternLayout layout = new PatternLayout();
        layout.setContext(new LoggerContext());
        layout.setPattern(pattern);
        layout.start();
        return layout;
    }

    private static Logger logger() {
        return new LoggerContext().getLogger("test");
    }
}
