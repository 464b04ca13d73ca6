package com.secutix.payments.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import java.net.URI;

/**
 * Spring's Jackson mix-in for {@link ProblemDetail} (non-empty members only, extension members inline), with the
 * members in the order of RFC 9457 ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * then the extension members) rather than alphabetical, and an empty {@code instance} left out: the platform
 * sets one when the request path must not be echoed, since Spring would put the path in place of none.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
interface ProblemDetailJsonOrder extends ProblemDetailJacksonMixin {

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyInstance.class)
    URI getInstance();

    /** Equal to (so filters out) no instance and the empty one. */
    final class EmptyInstance {
        @Override
        public boolean equals(Object instance) {
            return instance == null || instance.toString().isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
