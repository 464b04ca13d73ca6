package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.pattern.DynamicConverter;

import java.util.List;

/**
 * A Logback conversion word ({@code %msg}, {@code %X}, {@code %kvp}...) whose output has its card
 * numbers masked. The converter it wraps does the work; its options, context and life cycle are
 * passed on.
 */
class MaskingConverter extends ClassicConverter {

    private final DynamicConverter<ILoggingEvent> delegate;

    MaskingConverter(DynamicConverter<ILoggingEvent> delegate) {
        this.delegate = delegate;
    }

    @Override
    public String convert(ILoggingEvent event) {
        return CardNumberMasking.mask(delegate.convert(event));
    }

    @Override
    public void setOptionList(List<String> options) {
        super.setOptionList(options);
        delegate.setOptionList(options);
    }

    @Override
    public void setContext(Context context) {
        super.setContext(context);
        delegate.setContext(context);
    }

    @Override
    public void start() {
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }
}
