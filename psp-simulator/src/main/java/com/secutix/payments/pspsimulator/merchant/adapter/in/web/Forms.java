package com.secutix.payments.pspsimulator.merchant.adapter.in.web;

import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a posted form into {@link FormParameters} (the first value of each field), as ASP's {@code Request.Form}
 * reads it on Ogone's servers: a body that is not {@code application/x-www-form-urlencoded} (or has no, or an
 * unparsable, Content-Type) has no fields. A form that cannot be decoded (bad percent-encoding, unknown charset) fails
 * with {@link UnreadableFormException}, for the endpoint to answer as Ogone does; a body past
 * {@code psp-simulator.max-form-size} fails with {@link ContentTooLargeException} (413).
 */
public final class Forms {

    private Forms() {
    }

    public static Mono<FormParameters> read(ServerWebExchange exchange) {
        return exchange.getFormData()
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new ContentTooLargeException(tooLarge))
                .onErrorMap(IllegalArgumentException.class, UnreadableFormException::new)
                .map(Forms::parameters);
    }

    private static FormParameters parameters(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() || values.get(0) == null ? "" : values.get(0)));
        return new FormParameters(fields);
    }

    /** The body says it is a form but cannot be decoded as one. */
    public static final class UnreadableFormException extends RuntimeException {

        UnreadableFormException(Throwable cause) {
            super("the form could not be decoded", cause);
        }
    }
}
