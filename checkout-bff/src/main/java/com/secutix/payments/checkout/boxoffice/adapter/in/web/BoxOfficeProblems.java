package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.boxoffice.application.AttemptsLimitedException;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeEntryRefusedException;
import com.secutix.payments.checkout.boxoffice.application.UnknownCardException;
import com.secutix.payments.checkout.boxoffice.application.UnknownPaymentException;
import com.secutix.payments.checkout.boxoffice.domain.InvalidBoxOfficeRequestException;
import com.secutix.payments.platform.problem.ConflictException;
import com.secutix.payments.platform.problem.FieldProblem;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.problem.ServiceUnavailableException;
import com.secutix.payments.platform.problem.TooManyRequestsException;
import com.secutix.payments.platform.problem.UnprocessableRequestException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** The problem+json each failure of the box-office use cases is answered with. */
final class BoxOfficeProblems {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(5);

    private BoxOfficeProblems() {
    }

    /** The problem for {@code failure}; anything else is left as it is (a 500 that reveals nothing). */
    static Throwable of(Throwable failure) {
        if (failure instanceof InvalidBoxOfficeRequestException invalid) {
            return InvalidRequestException.ofFields(invalid.violations().stream()
                    // the problem's detail ends each field's sentence itself
                    .map(violation -> new FieldProblem(violation.field(), violation.message().replaceAll("\\.$", "")))
                    .toList());
        }
        if (failure instanceof UnknownCardException) {
            return new NotFoundException("The customer has no saved card with this id in this tenant.");
        }
        if (failure instanceof UnknownPaymentException) {
            return new NotFoundException("No payment with this id in this tenant.");
        }
        if (failure instanceof AttemptsLimitedException limited) {
            return new TooManyRequestsException(limited.getMessage(), limited.retryAfter().orElse(DEFAULT_RETRY_AFTER));
        }
        if (failure instanceof SecurityCodeEntryRefusedException refused) {
            return switch (refused.status()) {
                case 400 -> new InvalidRequestException(refused.getMessage());
                case 404 -> new NotFoundException(refused.getMessage());
                case 409 -> new ConflictException(refused.getMessage());
                default -> new BoxOfficeProblem(HttpStatus.UNPROCESSABLE_CONTENT, BoxOfficeProblem.SECURITY_CODE_REFUSED,
                        "The security code was not taken", refused.getMessage())
                        .with("fieldsInError", refused.fieldsInError());
            };
        }
        if (failure instanceof GatewayRefusalException refusal) {
            return switch (refusal.status()) {
                case 400 -> new InvalidRequestException(refusal.getMessage());
                case 409 -> new ConflictException(refusal.getMessage());
                case 422 -> new UnprocessableRequestException(refusal.getMessage());
                default -> new BoxOfficeProblem(HttpStatus.BAD_GATEWAY, null, null, refusal.getMessage());
            };
        }
        if (failure instanceof GatewayUnavailableException unavailable) {
            // an unreachable gateway is logged here with its cause; a 5xx the gateway answered, it logged itself
            return new ServiceUnavailableException(unavailable.getMessage() + " Try again shortly.", UNAVAILABLE_RETRY_AFTER,
                    unavailable.getCause());
        }
        return failure;
    }
}
