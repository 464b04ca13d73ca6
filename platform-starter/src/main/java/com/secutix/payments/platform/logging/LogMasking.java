package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.PatternLayout;

/**
 * Installs {@link MaskingMessageConverter} as the converter of {@code %m}, {@code %msg} and
 * {@code %message} in every Logback pattern layout started afterwards, so the services' log patterns
 * (Boot's default included) mask card numbers without a logback configuration of their own.
 * Structured (JSON) logs are covered by {@link MaskingStructuredLogCustomizer}.
 */
public final class LogMasking {

    private static final String[] MESSAGE_WORDS = {"m", "msg", "message"};

    private LogMasking() {
    }

    public static void install() {
        if (!isLogbackPresent()) {
            return;
        }
        for (String word : MESSAGE_WORDS) {
            PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, MaskingMessageConverter::new);
        }
    }

    private static boolean isLogbackPresent() {
        try {
            Class.forName("ch.qos.logback.classic.PatternLayout", false, LogMasking.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
