package com.secutix.payments.platform.problem;

import jakarta.validation.ConstraintViolationException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import java.util.Comparator;
import java.util.List;

/** Turns any failure of a web request into the {@link Problem} the platform answers. */
public final class ProblemMapping {

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
        if (failure instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            return Problem.of(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
                    statusException.getReason() != null ? statusException.getReason() : defaultDetail(status));
        }
        if (failure instanceof ErrorResponse errorResponse) {
            HttpStatus status = HttpStatus.resolve(errorResponse.getStatusCode().value());
            return Problem.of(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, errorResponse.getBody().getDetail());
        }
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; it can be retried later.");
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
