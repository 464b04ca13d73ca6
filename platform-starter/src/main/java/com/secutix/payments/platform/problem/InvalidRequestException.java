package com.secutix.payments.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 400 Bad Request: The request is invalid: a field is missing, malformed or out of range. Answered as
 * RFC 9457 problem+json by the platform; built with {@link #ofFields}, the answer lists every invalid
 * field in {@code errors}, so a client fixes its request in one go.
 */
public class InvalidRequestException extends PlatformProblemException {

    private final List<Problem.FieldProblem> fieldProblems;

    public InvalidRequestException(String detail) {
        super(detail);
        this.fieldProblems = List.of();
    }

    public InvalidRequestException(String detail, Throwable cause) {
        super(detail, cause);
        this.fieldProblems = List.of();
    }

    private InvalidRequestException(List<Problem.FieldProblem> fieldProblems) {
        super(fieldProblems.stream()
                .map(problem -> problem.field() + ": " + problem.message() + ".")
                .collect(Collectors.joining(" ")));
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /**
     * One problem per invalid field, in the order given; the detail names them all
     * ({@code alias: is required. amount: must be greater than zero.}).
     */
    public static InvalidRequestException ofFields(List<Problem.FieldProblem> fieldProblems) {
        if (fieldProblems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return new InvalidRequestException(fieldProblems);
    }

    public List<Problem.FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
