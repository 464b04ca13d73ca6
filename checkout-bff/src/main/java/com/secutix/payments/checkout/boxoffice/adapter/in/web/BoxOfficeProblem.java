package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.platform.problem.PlatformProblemException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;

/** A problem of the box-office API with a type of its own ({@code .../payment-declined}, {@code .../cvv-required}...). */
class BoxOfficeProblem extends PlatformProblemException {

    static final String TYPES = "https://payments.secutix.com/problems/";
    static final URI PAYMENT_DECLINED = URI.create(TYPES + "payment-declined");
    /** The gateway's own type, passed on unchanged. */
    static final URI CVV_REQUIRED = URI.create(TYPES + "cvv-required");
    static final URI SECURITY_CODE_REFUSED = URI.create(TYPES + "security-code-refused");

    BoxOfficeProblem(HttpStatusCode status, URI type, String title, String detail) {
        super(status, detail);
        if (type != null) {
            getBody().setType(type);
        }
        if (title != null) {
            getBody().setTitle(title);
        }
    }

    BoxOfficeProblem with(String member, Object value) {
        getBody().setProperty(member, value);
        return this;
    }
}
