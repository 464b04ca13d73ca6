package com.secutix.payments.checkout.payment.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * What the pages and the box-office API read of the PSP's redirects (Alias Gateway, 3-D Secure): the parameters,
 * each given once (a redirect naming a parameter twice is ambiguous and refused, never guessed), and the card fields
 * a refusal names in error.
 */
public final class PspRedirects {

    private PspRedirects() {
    }

    /** The redirect's parameters; empty when one of them is given more than once. */
    public static Optional<Map<String, String>> parametersOf(MultiValueMap<String, String> query) {
        return repeatedParameter(query).isPresent() ? Optional.empty() : Optional.of(query.toSingleValueMap());
    }

    /** The name of a parameter the redirect gives more than once, if any. */
    public static Optional<String> repeatedParameter(MultiValueMap<String, String> query) {
        return query.entrySet().stream().filter(parameter -> parameter.getValue().size() > 1).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The card fields the refusal names in error ({@code NCERROR<field>} other than 0), as the query a page's address
     * carries back ({@code &field=CARDNO&field=ED}). Display only: nothing is decided from this unsigned echo; a field
     * that is not one of {@code fields} is ignored.
     */
    public static String fieldsInErrorAsQuery(MultiValueMap<String, String> feedback, List<String> fields) {
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
