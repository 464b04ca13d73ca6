package com.secutix.payments.checkout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CheckoutBffApplication {

    public static void main(String[] args) {
        SpringApplication.run(CheckoutBffApplication.class, args);
    }
}
