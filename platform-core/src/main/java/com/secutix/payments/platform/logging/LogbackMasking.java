package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.DynamicConverter;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link LogMasking} for Logback: the masked conversion words of logback's defaults
 * ({@link PatternLayout#DEFAULT_CONVERTER_SUPPLIER_MAP}) are wrapped in a masking converter, and
 * {@value #BOOT_EXCEPTION_WORD} is Boot's {@code %wEx} masked. (Boot registers {@code %wex} and
 * {@code %wEx} in the logger context, where they win over the defaults and are dropped at every
 * reset, so Boot's patterns are given {@value #BOOT_EXCEPTION_WORD} as their exception word instead,
 * see {@link LogMaskingEnvironmentPostProcessor}.)
 */
final class LogbackMasking {

    static final String BOOT_EXCEPTION_WORD = "maskedWEx";

    /** The conversion words of logback whose output may carry text from outside the service. */
    private static final Set<String> MASKED_WORDS = Set.of(
            "m", "msg", "message",
            "X", "mdc", "kvp",
            "ex", "exception", "throwable", "xEx", "xException", "xThrowable", "rEx", "rootException");

    private static final Map<String, Supplier<DynamicConverter>> LOGBACK_DEFAULTS = logbackDefaults();

    private LogbackMasking() {
    }

    static synchronized void install() {
        LOGBACK_DEFAULTS.forEach((word, converter) -> PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, masked(converter)));
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(BOOT_EXCEPTION_WORD,
                masked(ExtendedWhitespaceThrowableProxyConverter::new));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Supplier<DynamicConverter> masked(Supplier<? extends DynamicConverter> converter) {
        return () -> {
            DynamicConverter<ILoggingEvent> original = converter.get();
            return original instanceof ThrowableHandlingConverter
                    ? new MaskingThrowableConverter(original) : new MaskingConverter(original);
        };
    }

    private static Map<String, Supplier<DynamicConverter>> logbackDefaults() {
        Map<String, Supplier<DynamicConverter>> defaults = new HashMap<>();
        for (String word : MASKED_WORDS) {
            Supplier<DynamicConverter> converter = PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.get(word);
            if (converter != null) {
                defaults.put(word, converter);
            }
        }
        return Map.copyOf(defaults);
    }
}
