package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.logging.CardNumberMasking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invalid field of a request: its JSON path ({@code amount.currency}, {@code lines[2].price}) and why, both
 * masked for card numbers. A problem lists them in its {@code errors} member ({@link #ERRORS}).
 */
public record FieldProblem(String field, String message) {

    /** The extension member of the problem that lists the invalid fields. */
    public static final String ERRORS = "errors";

    public FieldProblem {
        field = CardNumberMasking.mask(field);
        message = CardNumberMasking.mask(message);
    }

    /** The {@code errors} member: one {@code {"field": ..., "message": ...}} object per field, in order. */
    static List<Map<String, String>> members(List<FieldProblem> problems) {
        return problems.stream().map(problem -> {
            Map<String, String> member = new LinkedHashMap<>();
            member.put("field", problem.field());
            member.put("message", problem.message());
            return member;
        }).toList();
    }
}
