package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.logging.CardNumberMasking;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Spring {@link ErrorResponse} (a {@link ProblemDetail} and its headers) the platform answers for a failure
 * of a web request. A {@link PlatformProblemException} is one already; the framework's failures (unreadable or
 * invalid requests, unsupported media types and methods, unknown routes, security refusals...) get a detail
 * that says what to fix, without naming an internal class; anything else is a 500 that reveals nothing.
 * Every detail, field and {@code instance} is masked, so a card number sent in a wrong field, as a JSON key
 * or in the path is never echoed back.
 */
public final class ProblemResponses {

    /** A Java package of the platform or of a library it runs on, as an exception message would name it. */
    private static final Pattern INTERNAL_CLASS = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|reactor|io\\.netty|com\\.secutix)\\.");
    private static final Pattern LIMIT = Pattern.compile("(\\d+)\\s*$");
    /** An {@code instance} left out of the JSON (the problem mix-in includes non-empty members only). */
    private static final URI NO_INSTANCE = URI.create("");
    private static final URI BLANK_TYPE = URI.create("about:blank");

    private ProblemResponses() {
    }

    /**
     * A problem of this status ({@code type} {@code about:blank}, the status's reason phrase as {@code title})
     * with this detail, masked for card numbers; a detail naming an internal class (a framework's message
     * passed on by mistake) is replaced by the status's own.
     */
    public static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, safeDetail(status, detail));
        // Spring leaves the default type out of the JSON; the platform's answers have always named it
        problem.setType(BLANK_TYPE);
        return problem;
    }

    /** The answer to {@code failure}. */
    public static ErrorResponse of(Throwable failure) {
        if (failure instanceof PlatformProblemException platform) {
            return platform;
        }
        if (failure instanceof WebExchangeBindException binding) {
            return fieldProblems(binding.getFieldErrors().stream()
                    .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                    .toList(), binding.getGlobalErrors().stream().map(error -> error.getDefaultMessage()).toList());
        }
        if (failure instanceof HandlerMethodValidationException validation) {
            return fieldProblems(validation.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new FieldProblem(
                                    String.valueOf(result.getMethodParameter().getParameterName()),
                                    error.getDefaultMessage())))
                    .toList(), List.of());
        }
        if (failure instanceof ConstraintViolationException violations) {
            return fieldProblems(violations.getConstraintViolations().stream()
                    .map(violation -> new FieldProblem(lastNodes(violation.getPropertyPath().toString()), violation.getMessage()))
                    .toList(), List.of());
        }
        if (failure instanceof ServerWebInputException || failure instanceof DecodingException) {
            return response(failure, HttpStatus.BAD_REQUEST, RequestBodyProblems.describe(failure));
        }
        if (failure instanceof AuthenticationException) {
            return response(failure, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        }
        if (failure instanceof AccessDeniedException) {
            return response(failure, HttpStatus.FORBIDDEN, "The caller's role does not allow this operation.");
        }
        if (failure instanceof MethodNotAllowedException notAllowed) {
            return withHeaders(failure, HttpStatus.METHOD_NOT_ALLOWED, "The method " + notAllowed.getHttpMethod()
                    + " is not allowed on this resource; allowed: " + names(notAllowed.getSupportedMethods()) + ".");
        }
        if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
            String supported = unsupported.getSupportedMediaTypes().isEmpty() ? ""
                    : "; send " + mediaTypes(unsupported.getSupportedMediaTypes());
            return withHeaders(failure, HttpStatus.UNSUPPORTED_MEDIA_TYPE, (unsupported.getContentType() == null
                    ? "The request body has no Content-Type" : "The request's Content-Type is not supported here")
                    + supported + ".");
        }
        if (failure instanceof NotAcceptableStatusException notAcceptable) {
            String supported = notAcceptable.getSupportedMediaTypes().isEmpty() ? ""
                    : "; this resource answers " + mediaTypes(notAcceptable.getSupportedMediaTypes());
            return withHeaders(failure, HttpStatus.NOT_ACCEPTABLE,
                    "None of the media types the Accept header asks for can be answered" + supported + ".");
        }
        if (failure instanceof ResponseStatusException statusException && statusException.getStatusCode().value() == 413) {
            return response(failure, HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(failure));
        }
        if (failure instanceof ResponseStatusException statusException) {
            HttpStatus status = knownOrServerError(statusException.getStatusCode());
            return withHeaders(failure, status,
                    statusException.getReason() != null ? statusException.getReason() : defaultDetail(status));
        }
        if (failure instanceof ErrorResponse errorResponse) {
            return response(failure, knownOrServerError(errorResponse.getStatusCode()), errorResponse.getBody().getDetail());
        }
        return response(failure, HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; it can be retried later.");
    }

    /**
     * The body of {@code answer} for a request to {@code path}: its {@code instance} is the path as sent
     * (percent-encoded), masked for card numbers, and left out when its decoded form holds one that the
     * masking of the encoded form would miss ({@code /payments/4111%201111%201111%201111}) or when it is
     * not a URI.
     */
    public static ProblemDetail body(ErrorResponse answer, String path) {
        ProblemDetail body = answer.getBody();
        String instance = safeInstance(path);
        URI uri = NO_INSTANCE;
        if (instance != null) {
            try {
                uri = URI.create(instance);
            } catch (IllegalArgumentException notAUri) {
                uri = NO_INSTANCE;
            }
        }
        // never null: Spring would put the path as sent in its place
        body.setInstance(uri);
        return body;
    }

    static String safeDetail(HttpStatusCode status, String detail) {
        if (detail != null && INTERNAL_CLASS.matcher(detail).find()) {
            HttpStatus known = HttpStatus.resolve(status.value());
            return known == null ? null : known.getReasonPhrase() + ".";
        }
        return CardNumberMasking.mask(detail);
    }

    static String safeInstance(String path) {
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

    private static ErrorResponse response(Throwable failure, HttpStatus status, String detail) {
        return ErrorResponse.builder(failure, problem(status, detail)).build();
    }

    /** With the response headers the framework attached to its exception ({@code Allow}, {@code Accept}...). */
    private static ErrorResponse withHeaders(Throwable failure, HttpStatus status, String detail) {
        ErrorResponse framework = (ErrorResponse) failure;
        return ErrorResponse.builder(failure, problem(status, detail))
                .headers(headers -> framework.getHeaders().forEach((name, values) -> headers.set(name, String.join(", ", values))))
                .build();
    }

    private static HttpStatus knownOrServerError(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String names(Collection<HttpMethod> methods) {
        return methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
    }

    private static String mediaTypes(List<MediaType> mediaTypes) {
        List<String> names = mediaTypes.stream().map(MediaType::toString).distinct().toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** {@code DataBufferLimitException: Exceeded limit on max bytes to buffer : 262144} names the limit. */
    private static String tooLargeDetail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataBufferLimitException && cause.getMessage() != null) {
                Matcher limit = LIMIT.matcher(cause.getMessage());
                if (limit.find()) {
                    return "The request body is larger than " + limit.group(1) + " bytes, the most this service reads.";
                }
            }
        }
        return "The request body is larger than this service reads.";
    }

    /** Every invalid field, sorted, in {@code errors} and in the detail, then the errors of no field. */
    private static InvalidRequestException fieldProblems(List<FieldProblem> fields, List<String> globalErrors) {
        List<FieldProblem> sorted = fields.stream()
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        StringBuilder detail = new StringBuilder();
        for (FieldProblem field : sorted) {
            appendSentence(detail, "Field '" + field.field() + "' " + field.message() + ".");
        }
        for (String global : globalErrors) {
            appendSentence(detail, global + ".");
        }
        if (detail.length() == 0) {
            detail.append("The request is invalid.");
        }
        return new InvalidRequestException(detail.toString(), sorted);
    }

    private static void appendSentence(StringBuilder detail, String sentence) {
        if (detail.length() > 0) {
            detail.append(' ');
        }
        detail.append(sentence);
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    /** {@code create.request.amount} (method validation) to {@code request.amount}. */
    private static String lastNodes(String propertyPath) {
        int firstDot = propertyPath.indexOf('.');
        return firstDot < 0 ? propertyPath : propertyPath.substring(firstDot + 1);
    }

    private static String defaultDetail(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "No resource at this path.";
        }
        return status.getReasonPhrase() + ".";
    }
}
