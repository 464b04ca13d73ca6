package com.secutix.payments.platform.problem;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Explains why a request could not be read (malformed JSON, a field of the wrong type, a value the
 * record refused, a missing body or parameter) and names the field, without echoing the value.
 */
final class RequestBodyProblems {

    private RequestBodyProblems() {
    }

    static String describe(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson != null) {
            return describeJackson(jackson);
        }
        TypeMismatchException mismatch = find(failure, TypeMismatchException.class);
        if (failure instanceof ServerWebInputException input) {
            MethodParameter parameter = input.getMethodParameter();
            if (mismatch != null && parameter != null) {
                return "Parameter '" + parameter.getParameterName() + "' must be " + describeType(mismatch.getRequiredType()) + ".";
            }
            String reason = input.getReason();
            if (reason != null && reason.startsWith("No request body")) {
                return "The request body is missing.";
            }
            return reason != null ? reason : "The request cannot be read.";
        }
        return "The request body cannot be read.";
    }

    private static String describeJackson(JacksonException failure) {
        String field = fieldPath(failure);
        String message = String.valueOf(failure.getOriginalMessage());
        if (failure instanceof StreamReadException && message.startsWith("Duplicate Object property")) {
            return "Field '" + duplicatedField((StreamReadException) failure, message)
                    + "' is given twice; a JSON object names each field once.";
        }
        if (failure instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "The request body holds more than one JSON value; send exactly one.";
        }
        if (failure instanceof StreamConstraintsException) {
            return "The request body exceeds the limits of JSON this service reads (nesting depth, length of a number, "
                    + "a string or a name).";
        }
        if (failure instanceof StreamReadException && !(failure instanceof MismatchedInputException)) {
            TokenStreamLocation location = failure.getLocation();
            return location == null ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
        }
        if (failure instanceof PropertyBindingException unknown) {
            return "Field '" + join(field, unknown.getPropertyName()) + "' is not known.";
        }
        if (failure instanceof InvalidNullException) {
            return "Field '" + field + "' is required.";
        }
        if (failure instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause() != null ? instantiation.getCause() : instantiation;
            String reason = cause.getMessage() != null ? cause.getMessage() : "is invalid";
            if (cause instanceof NullPointerException) {
                reason = "a required value is missing (" + reason + ")";
            }
            return field.isEmpty() ? "The request body is invalid: " + reason + "."
                    : "Field '" + field + "' is invalid: " + reason + ".";
        }
        if (failure instanceof MismatchedInputException mismatched) {
            String expected = describeType(mismatched.getTargetType());
            return field.isEmpty() ? "The request body must be " + expected + "."
                    : "Field '" + field + "' must be " + expected + ".";
        }
        return field.isEmpty() ? "The request body cannot be read." : "Field '" + field + "' cannot be read.";
    }

    /** {@code buyer.name} from the parser's position ({@code /buyer/name}), else the name in the message. */
    private static String duplicatedField(StreamReadException failure, String message) {
        JsonParser parser = failure.processor();
        if (parser != null && parser.streamReadContext() != null) {
            StringBuilder path = new StringBuilder();
            for (String segment : parser.streamReadContext().pathAsPointer().toString().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                String name = segment.replace("~1", "/").replace("~0", "~");
                if (name.chars().allMatch(Character::isDigit) && path.length() > 0) {
                    path.append('[').append(name).append(']');
                } else {
                    path.append(path.length() > 0 ? "." : "").append(name);
                }
            }
            if (path.length() > 0) {
                return path.toString();
            }
        }
        int start = message.indexOf('"');
        int end = message.lastIndexOf('"');
        return start >= 0 && end > start ? message.substring(start + 1, end) : "?";
    }

    static String fieldPath(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String parent, String property) {
        return parent.isEmpty() ? String.valueOf(property)
                : parent.endsWith(String.valueOf(property)) ? parent : parent + "." + property;
    }

    static String describeType(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == BigInteger.class || type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 timestamp";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date (yyyy-MM-dd)";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a valid " + type.getSimpleName();
    }

    private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
