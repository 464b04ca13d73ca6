package com.secutix.payments.benchmarks.report;

import java.util.List;

/** The figures as a Markdown table: id, what, absolute, judged value (ratio or figure), target, verdict. */
public final class ResultsTable {

    private ResultsTable() {
    }

    public static String markdown(List<Figure> figures) {
        StringBuilder table = new StringBuilder("| id | what | absolute | judged | target | verdict |\n|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            table.append("| ").append(figure.id())
                    .append(" | ").append(figure.what())
                    .append(" | ").append(figure.absolute().map(value -> Numbers.format(value) + " " + figure.unit()).orElse("no data"))
                    .append(" | ").append(figure.judged().map(value -> Numbers.format(value) + " " + figure.judgedAs()).orElse(""))
                    .append(" | ").append(figure.target().map(Target::text).orElse(""))
                    .append(" | ").append(figure.verdict())
                    .append(" |\n");
        }
        return table.toString();
    }
}
