package com.secutix.payments.platform.problem;

import org.junit.jupiter.api.Test;
import com.secutix.payments.platform.web.strictness.StrictJsonReading;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import com.secutix.payments.events.CardNumbers;
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

    private final JsonMapper jsonMapper = strictMapper();

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonReading().customize(builder);
        return builder.build();
    }

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

    @Test
    void a_key_given_twice_is_named_with_its_path() {
        assertThat(problemReading("{\"amount\":1,\"amount\":1000}", Order.class).detail())
                .isEqualTo("Field 'amount' is given twice; a JSON object names each field once.");
        assertThat(problemReading("{\"lines\":[{\"ticket\":\"T1\",\"price\":1,\"price\":2}]}", Order.class).detail())
                .isEqualTo("Field 'lines[0].price' is given twice; a JSON object names each field once.");
    }

    @Test
    void a_key_given_twice_that_is_a_card_number_is_masked() {
        Problem problem = problemReading("{\"4111111111111111\":1,\"4111111111111111\":2}", Order.class);

        assertThat(problem.detail()).isEqualTo("Field '************1111' is given twice; a JSON object names each field once.");
    }

    @Test
    void a_second_document_after_the_first_is_refused() {
        assertThat(problemReading("{\"amount\":1} {\"amount\":2}", Order.class).detail())
                .isEqualTo("The request body holds more than one JSON value; send exactly one.");
    }

    @Test
    void an_exponent_for_an_integer_is_a_wrong_type() {
        assertThat(problemReading("{\"amount\":1e3}", Order.class).detail()).isEqualTo("Field 'amount' must be an integer.");
    }

    @Test
    void a_method_not_allowed_is_a_405_with_allow() {
        Problem problem = ProblemMapping.toProblem(new MethodNotAllowedException(HttpMethod.PUT, List.of(HttpMethod.POST, HttpMethod.GET)));

        assertThat(problem.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(problem.detail()).isEqualTo("The method PUT is not allowed on this resource; allowed: GET, POST.");
        assertThat(problem.headers()).containsKey("Allow");
        assertThat(problem.headers().get("Allow")).contains("GET").contains("POST");
    }

    @Test
    void an_unsupported_media_type_is_a_415_naming_what_to_send_and_no_class() {
        Problem problem = ProblemMapping.toProblem(new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN,
                List.of(MediaType.APPLICATION_JSON), ResolvableType.forClass(Order.class)));

        assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(problem.detail()).isEqualTo("The request's Content-Type is not supported here; send application/json.");
        assertThat(ProblemMapping.toProblem(new UnsupportedMediaTypeStatusException(null, List.of(MediaType.APPLICATION_JSON),
                ResolvableType.forClass(Order.class))).detail()).isEqualTo("The request body has no Content-Type; send application/json.");
    }

    @Test
    void a_not_acceptable_answer_is_a_406() {
        Problem problem = ProblemMapping.toProblem(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON)));

        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(problem.detail()).isEqualTo("None of the media types the Accept header asks for can be answered; this resource answers application/json.");
    }

    @Test
    void a_body_over_the_limit_is_a_413_naming_the_limit() {
        Problem problem = ProblemMapping.toProblem(new ContentTooLargeException(
                new DataBufferLimitException("Exceeded limit on max bytes to buffer : 262144")));

        assertThat(problem.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(problem.detail()).isEqualTo("The request body is larger than 262144 bytes, the most this service reads.");
    }

    @Test
    void a_framework_message_naming_an_internal_class_is_never_passed_on() {
        Problem problem = ProblemMapping.toProblem(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Type mismatch for tools.jackson.databind.JsonNode in java.lang.String"));

        assertThat(problem.detail()).isEqualTo("Bad Request.");
    }

    @Test
    void field_names_and_the_instance_never_show_a_card_number() {
        Problem problem = new Problem(HttpStatus.BAD_REQUEST, "Field is invalid.",
                List.of(new Problem.FieldProblem("metadata[4111111111111111]", "must not be blank")));

        assertThat(problem.errors()).extracting(Problem.FieldProblem::field).containsExactly("metadata[************1111]");
        assertThat(problem.body("/payments/4111111111111111")).containsEntry("instance", "/payments/************1111");
        assertThat(String.valueOf(problem.body("/payments/4111%201111%201111%201111").get("instance")))
                .satisfies(instance -> assertThat(CardNumbers.findIn(instance)).isEmpty());
        assertThat(problem.body("/payments/%zz")).doesNotContainKey("instance");
    }
}
