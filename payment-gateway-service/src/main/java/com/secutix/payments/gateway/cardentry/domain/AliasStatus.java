package com.secutix.payments.gateway.cardentry.domain;

/** What the Alias Gateway did with the card: a new alias (STATUS 0) or an existing one changed (STATUS 2). */
public enum AliasStatus {
    CREATED, UPDATED
}
