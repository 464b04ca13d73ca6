package com.secutix.payments.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    @Test
    void a_customer_acts_for_themselves_only() {
        Caller alice = new Caller("alice", "demo-theatre", Set.of(Role.CUSTOMER));

        assertThat(alice.mayActForCustomer("demo-theatre", "alice")).isTrue();
        assertThat(alice.mayActForCustomer("demo-theatre", "bob")).isFalse();
    }

    @Test
    void staff_act_for_any_customer_of_their_tenant_only() {
        Caller operator = new Caller("olivia", "demo-theatre", Set.of(Role.OPERATOR));
        Caller boxOffice = new Caller("box-office", "demo-theatre", Set.of(Role.BOX_OFFICE));

        assertThat(operator.mayActForCustomer("demo-theatre", "bob")).isTrue();
        assertThat(boxOffice.mayActForCustomer("demo-theatre", "bob")).isTrue();
        assertThat(operator.mayActForCustomer("other-theatre", "bob")).isFalse();
    }

    @Test
    void a_caller_without_roles_acts_for_nobody() {
        Caller nobody = new Caller("x", "demo-theatre", Set.of());

        assertThat(nobody.mayActForCustomer("demo-theatre", "x")).isFalse();
        assertThat(nobody.has(Role.CUSTOMER)).isFalse();
    }

    @Test
    void roles_map_to_claim_values_and_authorities() {
        assertThat(Role.BOX_OFFICE.claimValue()).isEqualTo("box_office");
        assertThat(Role.SALES_SYSTEM.authority()).isEqualTo("ROLE_SALES_SYSTEM");
        assertThat(Role.fromClaimValue("operator")).contains(Role.OPERATOR);
        assertThat(Role.fromClaimValue("root")).isEmpty();
    }
}
