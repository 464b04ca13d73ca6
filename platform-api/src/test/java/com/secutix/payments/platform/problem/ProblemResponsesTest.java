package com.secutix.payments.platform.problem;

import org.junit.jupiter.api.Test;
import com.secutix.payments.platform.web.strictness.StrictJsonReading;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
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

class ProblemResponsesTest {

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

    /** The mapper of the services writes a ProblemDetail with the platform's mix-in. */
    private final JsonMapper bootMapper = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJsonOrder.class).build();

    private ProblemDetail problemReading(String json, Class<?> type) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> jsonMapper.readValue(json, type));
        return problemOf(new ServerWebInputException("Failed to read HTTP message", null,
                new DecodingException("JSON decoding error", failure)));
    }

    private static ProblemDetail problemOf(Throwable failure) {
        return ProblemResponses.of(failure).getBody();
    }

    private static HttpStatus statusOf(Throwable failure) {
        return HttpStatus.valueOf(ProblemResponses.of(failure).getStatusCode().value());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(ErrorResponse answer, String path) {
        return bootMapper.readValue(bootMapper.writeValueAsString(ProblemResponses.body(answer, path)), Map.class);
    }

    @Test
    void maps_the_platform_exceptions_to_their_statuses() {
        assertThat(statusOf(new InvalidRequestException("bad"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statusOf(new NotFoundException("no payment"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(statusOf(new ConflictException("busy"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(statusOf(new ForbiddenException("staff only"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(statusOf(new UnprocessableRequestException("other body"))).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problemOf(new NotFoundException("no payment")).getDetail()).isEqualTo("no payment");
        assertThat(new NotFoundException("no payment")).isInstanceOf(ErrorResponse.class).hasMessage("no payment");
    }

    @Test
    void too_many_requests_is_a_429_with_retry_after_in_whole_seconds() {
        ErrorResponse answer = ProblemResponses.of(new TooManyRequestsException("Too many attempts.", Duration.ofMillis(411_200)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answer.getBody().getDetail()).isEqualTo("Too many attempts.");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("412");
        assertThat(answer.getHeaders().size()).isEqualTo(1);
        assertThat(json(answer, "/payments")).doesNotContainKey("headers");
        assertThat(ProblemResponses.of(new ServiceUnavailableException("Busy.", Duration.ofMillis(10))).getHeaders()
                .getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void an_invalid_request_naming_several_fields_lists_each_of_them() {
        InvalidRequestException invalid = InvalidRequestException.ofFields(List.of(
                new FieldProblem("amount", "must be greater than zero"),
                new FieldProblem("currency", "is required")));
        ProblemDetail problem = problemOf(invalid);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("amount: must be greater than zero. currency: is required.");
        assertThat(invalid.fieldProblems()).extracting(FieldProblem::field).containsExactly("amount", "currency");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(
                Map.of("field", "amount", "message", "must be greater than zero"),
                Map.of("field", "currency", "message", "is required")));
    }

    @Test
    void names_the_field_of_the_wrong_type_without_echoing_its_value() {
        ProblemDetail problem = problemReading("{\"reference\":\"ORD-1\",\"amount\":\"4111111111111111x\"}", Order.class);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Field 'amount' must be an integer.");
    }

    @Test
    void names_nested_fields_with_their_index() {
        ProblemDetail problem = problemReading("{\"lines\":[{\"ticket\":\"T1\",\"price\":{}}]}", Order.class);

        assertThat(problem.getDetail()).isEqualTo("Field 'lines[0].price' must be an integer.");
    }

    @Test
    void says_where_malformed_json_breaks() {
        ProblemDetail problem = problemReading("{\"reference\": ", Order.class);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).startsWith("The request body is not valid JSON");
    }

    @Test
    void passes_on_the_reason_a_value_was_refused_with_card_numbers_masked() {
        ProblemDetail problem = problemReading("{\"currency\":{\"code\":\"4111111111111111\"}}", Payment.class);

        assertThat(problem.getDetail())
                .isEqualTo("Field 'currency' is invalid: currency ************1111 is not an ISO 4217 code.");
    }

    @Test
    void a_missing_body_is_a_400() {
        ErrorResponse answer = ProblemResponses.of(new ServerWebInputException("No request body"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().getDetail()).isEqualTo("The request body is missing.");
    }

    @Test
    void an_unknown_route_is_a_404() {
        ErrorResponse answer = ProblemResponses.of(new ResponseStatusException(HttpStatus.NOT_FOUND));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().getDetail()).isEqualTo("No resource at this path.");
    }

    @Test
    void an_unexpected_failure_is_a_500_that_reveals_nothing() {
        ErrorResponse answer = ProblemResponses.of(new IllegalStateException("connection to db-7.internal refused"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("db-7");
    }

    @Test
    void the_body_follows_rfc_9457() {
        ErrorResponse answer = ProblemResponses.of(InvalidRequestException.ofFields(
                List.of(new FieldProblem("amount", "must not be null"))));

        assertThat(json(answer, "/payments")).containsEntry("type", "about:blank")
                .containsEntry("title", "Bad Request")
                .containsEntry("status", 400)
                .containsEntry("detail", "amount: must not be null.")
                .containsEntry("instance", "/payments")
                .containsEntry("errors", List.of(Map.of("field", "amount", "message", "must not be null")))
                .hasSize(6);
        assertThat(json(answer, "/payments").keySet()).containsExactly("type", "title", "status", "detail", "instance", "errors");
        assertThat(json(ProblemResponses.of(new NotFoundException("No payment.")), "/payments/1"))
                .containsOnlyKeys("type", "title", "status", "detail", "instance");
    }

    @Test
    void a_key_given_twice_is_named_with_its_path() {
        assertThat(problemReading("{\"amount\":1,\"amount\":1000}", Order.class).getDetail())
                .isEqualTo("Field 'amount' is given twice; a JSON object names each field once.");
        assertThat(problemReading("{\"lines\":[{\"ticket\":\"T1\",\"price\":1,\"price\":2}]}", Order.class).getDetail())
                .isEqualTo("Field 'lines[0].price' is given twice; a JSON object names each field once.");
    }

    @Test
    void a_key_given_twice_that_is_a_card_number_is_masked() {
        ProblemDetail problem = problemReading("{\"4111111111111111\":1,\"4111111111111111\":2}", Order.class);

        assertThat(problem.getDetail()).isEqualTo("Field '************1111' is given twice; a JSON object names each field once.");
    }

    @Test
    void a_second_document_after_the_first_is_refused() {
        assertThat(problemReading("{\"amount\":1} {\"amount\":2}", Order.class).getDetail())
                .isEqualTo("The request body holds more than one JSON value; send exactly one.");
    }

    @Test
    void an_exponent_for_an_integer_is_a_wrong_type() {
        assertThat(problemReading("{\"amount\":1e3}", Order.class).getDetail()).isEqualTo("Field 'amount' must be an integer.");
    }

    @Test
    void a_method_not_allowed_is_a_405_with_allow() {
        ErrorResponse answer = ProblemResponses.of(new MethodNotAllowedException(HttpMethod.PUT, List.of(HttpMethod.POST, HttpMethod.GET)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(answer.getBody().getDetail()).isEqualTo("The method PUT is not allowed on this resource; allowed: GET, POST.");
        assertThat(answer.getHeaders().containsHeader("Allow")).isTrue();
        assertThat(answer.getHeaders().getFirst("Allow")).contains("GET").contains("POST");
    }

    @Test
    void an_unsupported_media_type_is_a_415_naming_what_to_send_and_no_class() {
        ErrorResponse answer = ProblemResponses.of(new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN,
                List.of(MediaType.APPLICATION_JSON), ResolvableType.forClass(Order.class)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(answer.getBody().getDetail()).isEqualTo("The request's Content-Type is not supported here; send application/json.");
        assertThat(problemOf(new UnsupportedMediaTypeStatusException(null, List.of(MediaType.APPLICATION_JSON),
                ResolvableType.forClass(Order.class))).getDetail()).isEqualTo("The request body has no Content-Type; send application/json.");
    }

    @Test
    void a_not_acceptable_answer_is_a_406() {
        ErrorResponse answer = ProblemResponses.of(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(answer.getBody().getDetail()).isEqualTo("None of the media types the Accept header asks for can be answered; this resource answers application/json.");
    }

    @Test
    void a_body_over_the_limit_is_a_413_naming_the_limit() {
        ErrorResponse answer = ProblemResponses.of(new ContentTooLargeException(
                new DataBufferLimitException("Exceeded limit on max bytes to buffer : 262144")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(answer.getBody().getDetail()).isEqualTo("The request body is larger than 262144 bytes, the most this service reads.");
    }

    @Test
    void a_framework_message_naming_an_internal_class_is_never_passed_on() {
        ErrorResponse answer = ProblemResponses.of(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Type mismatch for tools.jackson.databind.JsonNode in java.lang.String"));

        assertThat(answer.getBody().getDetail()).isEqualTo("Bad Request.");
    }

    @Test
    void field_names_and_the_instance_never_show_a_card_number() {
        ErrorResponse answer = ProblemResponses.of(InvalidRequestException.ofFields(
                List.of(new FieldProblem("metadata[4111111111111111]", "must not be blank"))));

        assertThat(((InvalidRequestException) answer).fieldProblems()).extracting(FieldProblem::field)
                .containsExactly("metadata[************1111]");
        assertThat(answer.getBody().getDetail()).doesNotContain("4111111111111111");
        assertThat(json(answer, "/payments/4111111111111111")).containsEntry("instance", "/payments/************1111");
        assertThat(String.valueOf(json(answer, "/payments/4111%201111%201111%201111").get("instance")))
                .satisfies(instance -> assertThat(CardNumbers.findIn(instance)).isEmpty());
        assertThat(json(answer, "/payments/%zz")).doesNotContainKey("instance");
    }
}
