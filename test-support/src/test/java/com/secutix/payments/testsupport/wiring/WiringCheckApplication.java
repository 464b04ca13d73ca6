package com.secutix.payments.testsupport.wiring;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service shaped like ours: WebFlux + resource server + R2DBC + Flyway + Kafka. */
@SpringBootApplication
public class WiringCheckApplication {

    @RestController
    static class CallerController {

        @GetMapping("/caller")
        Map<String, Object> caller(@AuthenticationPrincipal Jwt jwt) {
            return Map.of("sub", jwt.getSubject(), "tenant_id", jwt.getClaimAsString("tenant_id"),
                    "roles", jwt.getClaimAsStringList("roles"));
        }
    }
}
