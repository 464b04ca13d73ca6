package com.secutix.payments.platform.testapp;

import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.web.attempts.AttemptLimit;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An attempt limited per caller: {@code payments.attempts.limits.test-attempts} of the test configuration. */
@RestController
class TestAttemptsController {

    private final AttemptLimiter limiter;
    private final AttemptLimit perCaller;

    TestAttemptsController(AttemptLimiter limiter, AttemptLimitsProperties limits) {
        this.limiter = limiter;
        this.perCaller = limits.limit("test-attempts", "test attempts for this caller");
    }

    @PostMapping("/test-attempts")
    Mono<ResponseEntity<Void>> attempt() {
        return Callers.current()
                .flatMap(caller -> limiter.count(perCaller, caller.tenantId(), caller.subject()))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }
}
