package com.secutix.payments.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service built on the starter, for the integration tests; its features are in {@code testapp}. */
@SpringBootApplication(scanBasePackages = "com.secutix.payments.platform.testapp")
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }
}
