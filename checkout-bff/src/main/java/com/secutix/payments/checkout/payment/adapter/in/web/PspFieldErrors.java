package com.secutix.payments.checkout.payment.adapter.in.web;

import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The card fields the PSP's refusal redirect names in error ({@code NCERROR<field>} other than 0), as the query a
 * page's address carries back ({@code &field=CARDNO&field=ED}). Display only: nothing is decided from this unsigned
 * echo; a field that is not one of {@code fields} is ignored.
 */
public final class PspFieldErrors {

    private PspFieldErrors() {
    }

    public static String asQuery(MultiValueMap<String, String> feedback, List<String> fields) {
        return fields.stream()
                .filter(field -> namedInError(feedback.getFirst("NCERROR" + field)))
                .map(field -> "&field=" + field)
                .reduce("", String::concat);
    }

    /** An Ogone field error code: {@code 0} or absent when the field was fine. */
    private static boolean namedInError(String code) {
        return code != null && !code.isBlank() && !code.equals("0");
    }
}
