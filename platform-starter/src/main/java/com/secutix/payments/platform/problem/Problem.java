package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.logging.CardNumberMasking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem as the platform answers it ({@code application/problem+json}). The detail and
 * the field messages are masked, so a card number sent in a wrong field is never echoed back.
 */
public record Problem(HttpStatus status, String detail, List<FieldProblem> errors) {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    public Problem {
        detail = CardNumberMasking.mask(detail);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status, detail, List.of());
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
