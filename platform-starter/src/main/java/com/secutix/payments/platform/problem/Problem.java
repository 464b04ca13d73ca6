package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.logging.CardNumberMasking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem as the platform answers it ({@code application/problem+json}), with the response
 * headers that go with it (e.g. {@code Retry-After} on 429). The detail and the field messages are
 * masked, so a card number sent in a wrong field is never echoed back.
 */
public record Problem(HttpStatus status, String detail, List<FieldProblem> errors, Map<String, String> headers) {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    public Problem {
        detail = CardNumberMasking.mask(detail);
        errors = errors == null ? List.of() : List.copyOf(errors);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        this(status, detail, errors, Map.of());
    }

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status, detail, List.of());
    }

    /** The same problem, answered with this response header as well. */
    public Problem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(status, detail, errors, more);
    }

    /** One invalid field: its JSON path ({@code amount.currency}, {@code lines[2].price}) and why. */
    public record FieldProblem(String field, String message) {
        public FieldProblem {
            message = CardNumberMasking.mask(message);
        }
    }

    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message()))
                    .toList());
        }
        return body;
    }
}
