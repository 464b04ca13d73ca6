package com.secutix.payments.installment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InstallmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(InstallmentApplication.class, args);
    }
}
