package com.secutix.payments.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class LatencyPlotTest {

    private static final List<LatencyPlot.Series> SERIES = List.of(
            new LatencyPlot.Series("B-web", List.of(new LatencyPlot.Point(100, 1.2, 3.5), new LatencyPlot.Point(200, 1.5, 8))),
            new LatencyPlot.Series("P-pay <gateway>", List.of(new LatencyPlot.Point(20, 9, 30), new LatencyPlot.Point(40, 12, 2500))));

    @Test
    void draws_a_p50_and_a_p99_line_per_series_with_one_point_per_step() throws Exception {
        Document svg = parsed(LatencyPlot.svg("latency", SERIES));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(4);
        String firstLine = svg.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue();
        assertThat(firstLine.split(" ")).hasSize(2);
    }

    @Test
    void labels_the_series_in_a_legend_with_their_names_escaped() {
        String svg = LatencyPlot.svg("latency", SERIES);

        assertThat(svg).contains(">B-web p50<", ">B-web p99<", "P-pay &lt;gateway&gt; p99");
    }

    @Test
    void is_well_formed_even_without_any_step() throws Exception {
        assertThat(parsed(LatencyPlot.svg("nothing yet", List.of())).getElementsByTagName("polyline").getLength()).isZero();
    }

    private static Document parsed(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
