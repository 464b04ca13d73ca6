package com.secutix.payments.platform.problem;

import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemMappingTest {

    record Line(String ticket, long price) {
    }

    record Order(String reference, long amount, List<Line> lines) {
    }

    record Currency(String code) {
        Currency {
            if (code.length() != 3) {
                throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 code");
            }
        }
    }

    record Payment(Currency currency) {
    }

    private final JsonMapper jsonMapper = JsonMapper.builder().build();

    private Problem problemReading(String json, Class<?> type) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> jsonMapper.readValue(json, type));
        return ProblemMapping.toProblem(new ServerWebInputException("Failed to read HTTP message", null,
                new DecodingException("JSON decoding error", failure)));
    }

    @Test
    void maps_the_platform_exceptions_to_their_statuses() {
        assertThat(ProblemMapping.toProblem(new InvalidRequestException("bad")).status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ProblemMapping.toProblem(new NotFoundException("no payment")).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ProblemMapping.toProblem(new ConflictException("busy")).status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ProblemMapping.toProblem(new UnprocessableRequestException("other body")).status())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ProblemMapping.toProblem(new NotFoundException("no payment")).detail()).isEqualTo("no payment");
    }

    @Test
    void too_many_requests_is_a_429_with_retry_after_in_whole_seconds() {
        Problem problem = ProblemMapping.toProblem(new TooManyRequestsException("Too many attempts.", Duration.ofMillis(411_200)));

        assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(problem.detail()).isEqualTo("Too many attempts.");
        assertThat(problem.headers()).containsExactly(Map.entry("Retry-After", "412"));
        assertThat(problem.body("/payments")).doesNotContainKey("headers");
    }

    @Test
    void an_invalid_request_naming_several_fields_lists_each_of_them() {
        Problem problem = ProblemMapping.toProblem(InvalidRequestException.ofFields(List.of(
                new Problem.FieldProblem("amount", "must be greater than zero"),
                new Problem.FieldProblem("currency", "is required"))));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.detail()).isEqualTo("amount: must be greater than zero. currency: is required.");
        assertThat(problem.errors()).extracting(Problem.FieldProblem::field).containsExactly("amount", "currency");
    }

    @Test
    void names_the_field_of_the_wrong_type_without_echoing_its_value() {
        Problem problem = problemReading("{\"reference\":\"ORD-1\",\"amount\":\"4111111111111111x\"}", Order.class);

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.detail()).isEqualTo("Field 'amount' must be an integer.");
    }

    @Test
    void names_nested_fields_with_their_index() {
        Problem problem = problemReading("{\"lines\":[{\"ticket\":\"T1\",\"price\":{}}]}", Order.class);

        assertThat(problem.detail()).isEqualTo("Field 'lines[0].price' must be an integer.");
    }

    @Test
    void says_where_malformed_json_breaks() {
        Problem problem = problemReading("{\"reference\": ", Order.class);

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.detail()).startsWith("The request body is not valid JSON");
    }

    @Test
    void passes_on_the_reason_a_value_was_refused_with_card_numbers_masked() {
        Problem problem = problemReading("{\"currency\":{\"code\":\"4111111111111111\"}}", Payment.class);

        assertThat(problem.detail())
                .isEqualTo("Field 'currency' is invalid: currency ************1111 is not an ISO 4217 code.");
    }

    @Test
    void a_missing_body_is_a_400() {
        Problem problem = ProblemMapping.toProblem(new ServerWebInputException("No request body"));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.detail()).isEqualTo("The request body is missing.");
    }

    @Test
    void an_unknown_route_is_a_404() {
        Problem problem = ProblemMapping.toProblem(new ResponseStatusException(HttpStatus.NOT_FOUND));

        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.detail()).isEqualTo("No resource at this path.");
    }

    @Test
    void an_unexpected_failure_is_a_500_that_reveals_nothing() {
        Problem problem = ProblemMapping.toProblem(new IllegalStateException("connection to db-7.internal refused"));

        assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.detail()).doesNotContain("db-7");
    }

    @Test
    void the_body_follows_rfc_9457() {
        Problem problem = new Problem(HttpStatus.BAD_REQUEST, "Field 'amount' must not be null.",
                List.of(new Problem.FieldProblem("amount", "must not be null")));

        assertThat(problem.body("/payments")).containsEntry("type", "about:blank")
                .containsEntry("title", "Bad Request")
                .containsEntry("status", 400)
                .containsEntry("detail", "Field 'amount' must not be null.")
                .containsEntry("instance", "/payments")
                .containsKey("errors");
    }
}
