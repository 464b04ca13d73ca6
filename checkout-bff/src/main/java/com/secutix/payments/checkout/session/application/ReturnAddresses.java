package com.secutix.payments.checkout.session.application;

import java.net.URI;

/** The addresses each tenant lets its buyers be sent back to, after paying or cancelling. */
public interface ReturnAddresses {

    boolean allows(String tenantId, URI url);
}
