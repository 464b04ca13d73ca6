package com.secutix.payments.platform.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.pattern.DynamicConverter;

import java.util.List;

/**
 * A Logback exception conversion word ({@code %ex}, {@code %xEx}, {@code %rEx}, Boot's {@code %wEx}...)
 * whose stack trace has its card numbers masked: the messages of the exception, of its causes and of
 * its suppressed exceptions. Being a {@link ThrowableHandlingConverter}, it tells the pattern layout
 * that the exception is printed, as the converter it wraps would.
 */
class MaskingThrowableConverter extends ThrowableHandlingConverter {

    private final DynamicConverter<ILoggingEvent> delegate;

    MaskingThrowableConverter(DynamicConverter<ILoggingEvent> delegate) {
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
