package com.secutix.payments.benchmarks.report;

import java.util.List;
import java.util.Locale;

/**
 * Latency (p50 and p99) against offered load as an SVG image: one line per series and percentile,
 * offered requests/s on a linear x axis, milliseconds on a logarithmic y axis (latencies span from a
 * millisecond to seconds once a step saturates).
 */
public final class LatencyPlot {

    /** One step of a series: offered rate, p50 and p99 in milliseconds. */
    public record Point(double offeredPerSecond, double p50Millis, double p99Millis) {
    }

    public record Series(String name, List<Point> points) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 160;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

    private LatencyPlot() {
    }

    public static String svg(String title, List<Series> series) {
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::offeredPerSecond).max().orElse(1);
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::p99Millis).max().orElse(1);
        double minY = 0.1;
        double topY = Math.pow(10, Math.ceil(Math.log10(Math.max(maxY, 1))));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escaped(title)));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n", LEFT, TOP, plotWidth, plotHeight));
        for (double tick = minY; tick <= topY * 1.0001; tick *= 10) {
            double y = y(tick, minY, topY, plotHeight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT - 6, y + 4, Numbers.format(tick)));
        }
        for (int i = 0; i <= 5; i++) {
            double value = maxX * i / 5;
            double x = LEFT + plotWidth * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP + plotHeight + 18, Numbers.format(value)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered load (requests/s)</text>%n", LEFT + plotWidth / 2, HEIGHT - 10));
        int line = 0;
        for (Series one : series) {
            for (boolean p99 : new boolean[] {false, true}) {
                String colour = COLOURS[line % COLOURS.length];
                StringBuilder points = new StringBuilder();
                for (Point point : one.points()) {
                    double x = LEFT + plotWidth * point.offeredPerSecond() / maxX;
                    double y = y(p99 ? point.p99Millis() : point.p50Millis(), minY, topY, plotHeight);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                }
                svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                        points.toString().trim(), colour, p99 ? "" : " stroke-dasharray=\"5,4\""));
                int legendY = TOP + 14 + line * 18;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                        WIDTH - RIGHT + 12, legendY - 4, WIDTH - RIGHT + 36, legendY - 4, colour, p99 ? "" : " stroke-dasharray=\"5,4\""));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s %s</text>%n", WIDTH - RIGHT + 42, legendY,
                        escaped(one.name()), p99 ? "p99" : "p50"));
                line++;
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static double y(double millis, double minY, double topY, int plotHeight) {
        double clamped = Math.max(minY, Math.min(topY, millis));
        double share = (Math.log10(clamped) - Math.log10(minY)) / (Math.log10(topY) - Math.log10(minY));
        return TOP + plotHeight * (1 - share);
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
