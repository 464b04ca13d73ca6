package com.secutix.payments.gateway.displaytext;

import java.util.regex.Pattern;

/**
 * What a text shown to people (a holder name, a brand, an order's description) may not hold: angle brackets
 * (markup), and the bidirectional and zero-width controls that could hide or reorder what a page shows. Pages
 * escape everything as well; this keeps such text out of our records in the first place. Card entry, payments
 * and the saved cards follow this one rule.
 */
public final class DisplayText {

    private static final String MARKUP_CHARACTERS = "<>";
    /** Arabic letter mark, zero-width spaces and joiners, direction marks, embeddings, isolates, the byte-order mark. */
    private static final String INVISIBLE_CONTROL_CHARACTERS = "\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF";

    private static final Pattern MARKUP = Pattern.compile("[" + MARKUP_CHARACTERS + "]");
    private static final Pattern INVISIBLE_CONTROLS = Pattern.compile("[" + INVISIBLE_CONTROL_CHARACTERS + "]");
    private static final Pattern MARKUP_OR_INVISIBLE_CONTROLS =
            Pattern.compile("[" + MARKUP_CHARACTERS + INVISIBLE_CONTROL_CHARACTERS + "]");

    private DisplayText() {
    }

    public static boolean hasMarkup(String value) {
        return MARKUP.matcher(value).find();
    }

    public static boolean hasInvisibleControls(String value) {
        return INVISIBLE_CONTROLS.matcher(value).find();
    }

    public static boolean hasMarkupOrInvisibleControls(String value) {
        return MARKUP_OR_INVISIBLE_CONTROLS.matcher(value).find();
    }
}
