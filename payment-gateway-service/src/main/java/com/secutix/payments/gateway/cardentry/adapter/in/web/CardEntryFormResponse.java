package com.secutix.payments.gateway.cardentry.adapter.in.web;

import java.util.Map;

/** The form a page shows: post {@code fields} plus the buyer's CARDNO, CN, ED, CVC to {@code action}. */
public record CardEntryFormResponse(String action, Map<String, String> fields) {
}
