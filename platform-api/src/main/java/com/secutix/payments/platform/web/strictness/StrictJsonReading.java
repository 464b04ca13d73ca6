package com.secutix.payments.platform.web.strictness;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes the application's {@link JsonMapper} (the one Boot gives the WebFlux codecs and
 * {@code WebClient}) read a JSON document in one way only: a key given twice in any object, at any
 * depth, is an error (instead of the last value winning: {@code "amount":"1.00","amount":"1000.00"}
 * would charge 1000.00); anything after the document is an error; a number with a fraction or an
 * exponent is not an integer ({@code 1e3} and {@code 100.5} are refused for a {@code long}, instead of
 * being read as 1000 and 100); a value is not converted from another JSON type: {@code "24"} is no
 * integer, {@code "true"} or {@code 1} no boolean, {@code 5} or {@code true} no string, and a number names
 * no enum constant ({@code "channel": 1} would otherwise be the second channel). A decimal given as a
 * string ({@code "82.50"}) still reads as a {@code BigDecimal}: that is how amounts travel.
 */
public class StrictJsonReading implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, booleans -> booleans
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, texts -> texts
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
