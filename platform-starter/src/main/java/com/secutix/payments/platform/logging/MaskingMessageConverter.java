package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m} / {@code %msg} / {@code %message} with card numbers masked. */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return CardNumberMasking.mask(super.convert(event));
    }
}
