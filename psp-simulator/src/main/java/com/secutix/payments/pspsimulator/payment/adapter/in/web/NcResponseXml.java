package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.payment.application.DirectLinkAnswer;

/** Writes a DirectLink answer as Ogone does: one {@code <ncresponse .../>} element, HTML_ANSWER inside for 3-D Secure. */
final class NcResponseXml {

    private NcResponseXml() {
    }

    static String of(DirectLinkAnswer answer) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<ncresponse");
        answer.attributes().forEach((name, value) ->
                xml.append("\n").append(name).append("=\"").append(escape(value)).append('"'));
        if (answer.htmlAnswer().isPresent()) {
            xml.append(">\n<HTML_ANSWER>").append(answer.htmlAnswer().get()).append("</HTML_ANSWER>\n</ncresponse>");
        } else {
            xml.append("/>");
        }
        return xml.append('\n').toString();
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
