package com.secutix.payments.platform.secrets;

import java.util.regex.Pattern;

/**
 * A column holding sealed values ({@link SecretSealer#seal}), the column of each row's tenant, and the purpose of
 * its {@link SealContext}. A service declares one bean per such column: the rotation command re-seals them all.
 */
public record SealedColumn(String table, String column, String tenantColumn, String purpose) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SealedColumn {
        for (String identifier : new String[] {table, column, tenantColumn}) {
            if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + identifier);
            }
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a sealed column needs the purpose of its values");
        }
    }

    /** PSP aliases sealed in that column, the tenant in {@code tenant_id}. */
    public static SealedColumn pspAliases(String table, String column) {
        return new SealedColumn(table, column, "tenant_id", SealContext.PSP_ALIAS);
    }

    SealContext contextOf(String tenantId) {
        return new SealContext(purpose, tenantId);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
