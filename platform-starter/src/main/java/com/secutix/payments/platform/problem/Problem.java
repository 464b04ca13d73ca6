package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.logging.CardNumberMasking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem as the platform answers it ({@code application/problem+json}), with the response
 * headers that go with it (e.g. {@code Retry-After} on 429, {@code Allow} on 405). The detail, the field
 * names and messages and the {@code instance} are masked, so a card number sent in a wrong field, as a
 * JSON key or in the path is never echoed back; a detail that names an internal class (a framework's
 * message passed on by mistake) is replaced by the status's own.
 */
public record Problem(HttpStatus status, String detail, List<FieldProblem> errors, Map<String, String> headers) {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    /** A Java package of the platform or of a library it runs on, as an exception message would name it. */
    private static final Pattern INTERNAL_CLASS = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|reactor|io\\.netty|com\\.secutix)\\.");

    public Problem {
        detail = detail != null && INTERNAL_CLASS.matcher(detail).find()
                ? status.getReasonPhrase() + "."
                : CardNumberMasking.mask(detail);
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
            field = CardNumberMasking.mask(field);
            message = CardNumberMasking.mask(message);
        }
    }

    /**
     * The problem's JSON members; {@code instance} is the request path as sent (percent-encoded), masked
     * for card numbers, and left out when its decoded form holds one that the masking of the encoded
     * form would miss ({@code /payments/4111%201111%201111%201111}).
     */
    public Map<String, Object> body(String instance) {
        instance = safeInstance(instance);
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

    private static String safeInstance(String path) {
        if (path == null) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return null;
        }
        if (!CardNumberMasking.mask(decoded).equals(decoded) && CardNumberMasking.mask(path).equals(path)) {
            return null;
        }
        return CardNumberMasking.mask(path);
    }
}
