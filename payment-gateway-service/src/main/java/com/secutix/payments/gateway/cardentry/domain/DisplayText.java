package com.secutix.payments.gateway.cardentry.domain;

import java.util.regex.Pattern;

/**
 * What a text that is shown to people (a holder name, a brand) may hold: no angle brackets (markup) and no
 * bidirectional or zero-width controls, which could hide or reorder what a page shows. Pages escape
 * everything as well; this keeps such text out of our records in the first place.
 */
final class DisplayText {

    private static final Pattern MARKUP = Pattern.compile("[<>]");
    private static final Pattern INVISIBLE_CONTROLS =
            Pattern.compile("[\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");

    private DisplayText() {
    }

    static boolean hasMarkup(String value) {
        return MARKUP.matcher(value).find();
    }

    static boolean hasBidiControls(String value) {
        return INVISIBLE_CONTROLS.matcher(value).find();
    }
}
