package com.secutix.payments.gateway.payment.adapter.out.psp;

import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads DirectLink's {@code <ncresponse .../>} answer with the JDK's parser, DTDs and external
 * entities disabled. Anything it cannot read with certainty is an unknown outcome, never a failure.
 * The secured factory is built once (looking a factory up walks the class path) and each thread keeps
 * its own builder, reset before every answer: a {@code DocumentBuilder} is not thread-safe.
 */
final class NcResponseReader {

    private static final DocumentBuilderFactory FACTORY = secureFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(NcResponseReader::newBuilder);
    private static final Pattern STATUS = Pattern.compile("\\d{1,3}");

    private NcResponseReader() {
    }

    static PspOutcome read(byte[] body, OgoneOrderId expectedOrderId) {
        if (body == null || body.length == 0) {
            return new PspOutcome.OutcomeUnknown("empty answer");
        }
        Element response;
        try {
            response = parse(body);
        } catch (SAXException | IOException e) {
            return new PspOutcome.OutcomeUnknown("unreadable answer: " + e.getClass().getSimpleName());
        }
        if (!"ncresponse".equalsIgnoreCase(response.getTagName())) {
            return new PspOutcome.OutcomeUnknown("unexpected answer element " + response.getTagName());
        }
        String orderId = attribute(response, "orderID");
        if (!orderId.isEmpty() && !orderId.equals(expectedOrderId.value())) {
            return new PspOutcome.OutcomeUnknown("answer about another order");
        }
        String status = attribute(response, "STATUS");
        if (!STATUS.matcher(status).matches()) {
            return new PspOutcome.OutcomeUnknown("no transaction status (NCERROR " + attribute(response, "NCERROR") + ")");
        }
        return new PspOutcome.Answered(Integer.parseInt(status), blankToNull(attribute(response, "PAYID")),
                blankToNull(attribute(response, "NCERROR")), blankToNull(attribute(response, "NCERRORPLUS")),
                htmlAnswer(response));
    }

    private static Element parse(byte[] body) throws SAXException, IOException {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be secured", e);
        }
    }

    /** The base64 HTML_ANSWER element of a 3-D Secure answer, only when it is well-formed base64. */
    private static String htmlAnswer(Element response) {
        var children = response.getElementsByTagName("HTML_ANSWER");
        if (children.getLength() == 0) {
            return null;
        }
        String text = children.item(0).getTextContent().replaceAll("\\s", "");
        return text.matches("[A-Za-z0-9+/]+={0,2}") && text.length() % 4 == 0 ? text : null;
    }

    /** Attribute names are matched ignoring case: the guides write both {@code orderID} and {@code ORDERID}. */
    private static String attribute(Element element, String name) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            if (attribute.getNodeName().equalsIgnoreCase(name)) {
                return attribute.getNodeValue().trim();
            }
        }
        return "";
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be secured", e);
        }
    }
}
