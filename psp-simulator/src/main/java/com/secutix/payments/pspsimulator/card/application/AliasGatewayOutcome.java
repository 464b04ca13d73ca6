package com.secutix.payments.pspsimulator.card.application;

/** What the Alias Gateway answers the browser. */
public sealed interface AliasGatewayOutcome {

    /** 303 to ACCEPTURL or EXCEPTIONURL with the signed feedback. */
    record Redirect(String location) implements AliasGatewayOutcome {
    }

    /** No trustworthy URL to go back to (unknown PSPID, bad signature, missing ACCEPTURL): an error page. */
    record Refused(String reason) implements AliasGatewayOutcome {
    }
}
