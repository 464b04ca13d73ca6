package com.secutix.payments.platform.problem;

import jakarta.validation.ConstraintViolationException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns any failure of a web request into the {@link Problem} the platform answers. */
public final class ProblemMapping {

    private static final Pattern LIMIT = Pattern.compile("(\\d+)\\s*$");

    private ProblemMapping() {
    }

    public static Problem toProblem(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid.fieldProblems());
        }
        if (failure instanceof NotFoundException) {
            return Problem.of(HttpStatus.NOT_FOUND, failure.getMessage());
        }
        if (failure instanceof ForbiddenException) {
            return Problem.of(HttpStatus.FORBIDDEN, failure.getMessage());
        }
        if (failure instanceof ConflictException) {
            return Problem.of(HttpStatus.CONFLICT, failure.getMessage());
        }
        if (failure instanceof UnprocessableRequestException) {
            return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, failure.getMessage());
        }
        if (failure instanceof TooManyRequestsException tooMany) {
            return Problem.of(HttpStatus.TOO_MANY_REQUESTS, failure.getMessage())
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        if (failure instanceof ServiceUnavailableException busy) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, failure.getMessage())
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
        }
        if (failure instanceof WebExchangeBindException binding) {
            return fieldProblems(binding.getFieldErrors().stream()
                    .map(error -> new Problem.FieldProblem(error.getField(), messageOf(error)))
                    .toList(), binding.getGlobalErrors().stream().map(error -> error.getDefaultMessage()).toList());
        }
        if (failure instanceof HandlerMethodValidationException validation) {
            return fieldProblems(validation.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new Problem.FieldProblem(
                                    String.valueOf(result.getMethodParameter().getParameterName()),
                                    error.getDefaultMessage())))
                    .toList(), List.of());
        }
        if (failure instanceof ConstraintViolationException violations) {
            return fieldProblems(violations.getConstraintViolations().stream()
                    .map(violation -> new Problem.FieldProblem(lastNodes(violation.getPropertyPath().toString()), violation.getMessage()))
                    .toList(), List.of());
        }
        if (failure instanceof ServerWebInputException input) {
            return Problem.of(HttpStatus.BAD_REQUEST, RequestBodyProblems.describe(input));
        }
        if (failure instanceof DecodingException decoding) {
            return Problem.of(HttpStatus.BAD_REQUEST, RequestBodyProblems.describe(decoding));
        }
        if (failure instanceof AuthenticationException) {
            return Problem.of(HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        }
        if (failure instanceof AccessDeniedException) {
            return Problem.of(HttpStatus.FORBIDDEN, "The caller's role does not allow this operation.");
        }
        if (failure instanceof MethodNotAllowedException notAllowed) {
            return withHeaders(Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "The method " + notAllowed.getHttpMethod()
                    + " is not allowed on this resource; allowed: " + names(notAllowed.getSupportedMethods()) + "."), notAllowed);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
            String supported = unsupported.getSupportedMediaTypes().isEmpty() ? ""
                    : "; send " + mediaTypes(unsupported.getSupportedMediaTypes());
            return withHeaders(Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, (unsupported.getContentType() == null
                    ? "The request body has no Content-Type" : "The request's Content-Type is not supported here")
                    + supported + "."), unsupported);
        }
        if (failure instanceof NotAcceptableStatusException notAcceptable) {
            String supported = notAcceptable.getSupportedMediaTypes().isEmpty() ? ""
                    : "; this resource answers " + mediaTypes(notAcceptable.getSupportedMediaTypes());
            return withHeaders(Problem.of(HttpStatus.NOT_ACCEPTABLE,
                    "None of the media types the Accept header asks for can be answered" + supported + "."), notAcceptable);
        }
        if (failure instanceof ResponseStatusException statusException && statusException.getStatusCode().value() == 413) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(failure));
        }
        if (failure instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            return withHeaders(Problem.of(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
                    statusException.getReason() != null ? statusException.getReason() : defaultDetail(status)), statusException);
        }
        if (failure instanceof ErrorResponse errorResponse) {
            HttpStatus status = HttpStatus.resolve(errorResponse.getStatusCode().value());
            return Problem.of(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, errorResponse.getBody().getDetail());
        }
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; it can be retried later.");
    }

    /** The response headers the framework attached to its exception ({@code Allow}, {@code Accept}...). */
    private static Problem withHeaders(Problem problem, ResponseStatusException failure) {
        Map<String, String> headers = new LinkedHashMap<>();
        failure.getHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        Problem answer = problem;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            answer = answer.withHeader(header.getKey(), header.getValue());
        }
        return answer;
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

    private static Problem fieldProblems(List<Problem.FieldProblem> fields, List<String> globalErrors) {
        List<Problem.FieldProblem> sorted = fields.stream()
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        StringBuilder detail = new StringBuilder(sorted.isEmpty() ? "" : describe(sorted));
        for (String global : globalErrors) {
            appendSentence(detail, global + ".");
        }
        if (detail.length() == 0) {
            detail.append("The request is invalid.");
        }
        return new Problem(HttpStatus.BAD_REQUEST, detail.toString(), sorted);
    }

    /** {@code Field 'amount' must be greater than zero. Field 'currency' is required.} */
    private static String describe(List<Problem.FieldProblem> fields) {
        StringBuilder detail = new StringBuilder();
        for (Problem.FieldProblem field : fields) {
            appendSentence(detail, "Field '" + field.field() + "' " + field.message() + ".");
        }
        return detail.toString();
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
        return status == null ? null : status.getReasonPhrase() + ".";
    }
}
