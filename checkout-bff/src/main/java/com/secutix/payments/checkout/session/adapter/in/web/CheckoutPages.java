package com.secutix.payments.checkout.session.adapter.in.web;

import com.secutix.payments.checkout.session.domain.CheckoutSessionId;

import java.net.URI;

/** Where the buyer's browser finds the page of a session: {@code <page-base-url>/checkout/<id>}. */
public record CheckoutPages(URI baseUrl) {

    public URI of(CheckoutSessionId id) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "checkout/" + id);
    }
}
