package com.secutix.payments.testsupport;

/** The DirectLink endpoints under the PSP base URL. */
public enum OgoneEndpoint {

    ORDER_DIRECT("orderdirect.asp"),
    MAINTENANCE_DIRECT("maintenancedirect.asp"),
    QUERY_DIRECT("querydirect.asp");

    private final String file;

    OgoneEndpoint(String file) {
        this.file = file;
    }

    /** The path on the stub server, e.g. {@code /ncol/test/orderdirect.asp}. */
    public String path() {
        return OgoneStubs.BASE_PATH + file;
    }
}
