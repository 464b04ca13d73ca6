package com.secutix.payments.platform.web.strictness;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the application's {@link JsonMapper} (the one Boot gives the WebFlux codecs and
 * {@code WebClient}) read a JSON document in one way only: a key given twice in any object, at any
 * depth, is an error (instead of the last value winning: {@code "amount":"1.00","amount":"1000.00"}
 * would charge 1000.00); anything after the document is an error; a number with a fraction or an
 * exponent is not an integer ({@code 1e3} and {@code 100.5} are refused for a {@code long}, instead of
 * being read as 1000 and 100).
 */
public class StrictJsonReading implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
