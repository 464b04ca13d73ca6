package com.secutix.payments.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every row of every table of a service's database as text, as a dump would show it: each row as JSON
 * ({@code row_to_json}: text, JSON, numbers, timestamps), and every {@code bytea} column decoded as escaped text
 * (serialized Java objects, say), so that a test can look for values that must never be stored in clear.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** One line per row: {@code table: {...}}, then {@code table.column: <escaped bytes>} for each bytea value. */
    public static List<String> of(DatabaseClient database) {
        List<Map<String, Object>> columns = database.sql("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                         order by c.table_name, c.ordinal_position
                        """)
                .fetch().all().collectList().block();
        List<String> lines = new ArrayList<>();
        columns.stream().map(column -> (String) column.get("table_name")).distinct().forEach(table ->
                lines.addAll(database.sql("select row_to_json(r)::text as line from \"" + table + "\" r")
                        .map(row -> table + ": " + row.get("line", String.class)).all().collectList().block()));
        columns.stream().filter(column -> "bytea".equals(column.get("data_type"))).forEach(column -> {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            lines.addAll(database.sql("select encode(\"" + name + "\", 'escape') as line from \"" + table + "\" where \"" + name + "\" is not null")
                    .map(row -> table + "." + name + ": " + row.get("line", String.class)).all().collectList().block());
        });
        return lines;
    }

    /**
     * The tables (and bytea columns) whose dump holds one of the secrets; empty when none does. A finding names
     * where, never which secret.
     */
    public static List<String> placesHolding(DatabaseClient database, Collection<String> secrets) {
        return placesHolding(database, secrets, Set.of());
    }

    /** The same, leaving out the rows of some tables (a known gap, named by the caller). */
    public static List<String> placesHolding(DatabaseClient database, Collection<String> secrets, Set<String> tablesLeftOut) {
        return of(database).stream()
                .filter(line -> !tablesLeftOut.contains(line.substring(0, line.indexOf(':')).split("\\.")[0]))
                .filter(line -> secrets.stream().anyMatch(secret -> !secret.isEmpty() && line.contains(secret)))
                .map(line -> line.substring(0, line.indexOf(':')) + " holds a secret in clear")
                .distinct()
                .toList();
    }
}
