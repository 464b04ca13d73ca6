package com.secutix.payments.platform.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 400 Bad Request: The request is invalid: a field is missing, malformed or out of range. Answered as
 * RFC 9457 problem+json by the platform; built with {@link #ofFields}, the answer lists every invalid
 * field in {@code errors}, so a client fixes its request in one go.
 */
public class InvalidRequestException extends PlatformProblemException {

    private final List<FieldProblem> fieldProblems;

    public InvalidRequestException(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
        this.fieldProblems = List.of();
    }

    public InvalidRequestException(String detail, Throwable cause) {
        super(HttpStatus.BAD_REQUEST, detail, cause);
        this.fieldProblems = List.of();
    }

    /** A problem with this detail that lists these fields in {@code errors} (none: no {@code errors} member). */
    InvalidRequestException(String detail, List<FieldProblem> fieldProblems) {
        super(HttpStatus.BAD_REQUEST, detail);
        this.fieldProblems = List.copyOf(fieldProblems);
        if (!this.fieldProblems.isEmpty()) {
            getBody().setProperty(FieldProblem.ERRORS, FieldProblem.members(this.fieldProblems));
        }
    }

    /**
     * One problem per invalid field, in the order given; the detail names them all
     * ({@code alias: is required. amount: must be greater than zero.}).
     */
    public static InvalidRequestException ofFields(List<FieldProblem> fieldProblems) {
        if (fieldProblems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return new InvalidRequestException(fieldProblems.stream()
                .map(problem -> problem.field() + ": " + problem.message() + ".")
                .collect(Collectors.joining(" ")), fieldProblems);
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
