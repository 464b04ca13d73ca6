package com.secutix.payments.checkout.payment.domain;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where 3-D Secure sends the buyer: the form of the PSP's HTML_ANSWER (its address and hidden fields), which
 * our page posts with its own script instead of running the PSP's inline one, so that the page's CSP can
 * refuse every inline script.
 */
public record BankPage(URI action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("\\btype=\"hidden\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    public BankPage {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The form of an HTML_ANSWER; empty when it holds none with an absolute https or http address. */
    public static Optional<BankPage> of(String htmlAnswer) {
        Matcher form = FORM.matcher(htmlAnswer);
        if (!form.find()) {
            return Optional.empty();
        }
        URI action;
        try {
            action = URI.create(unescape(form.group(1)));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        if (!action.isAbsolute() || !("https".equals(action.getScheme()) || "http".equals(action.getScheme()))) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(htmlAnswer);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            Matcher value = VALUE.matcher(tag);
            if (HIDDEN.matcher(tag).find() && name.find()) {
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return Optional.of(new BankPage(action, fields));
    }

    /** The origin the browser posts to, for the page's CSP. */
    public String origin() {
        return action.getScheme() + "://" + action.getRawAuthority();
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
