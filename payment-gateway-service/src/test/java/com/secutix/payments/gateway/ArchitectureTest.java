package com.secutix.payments.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.secutix.payments.testsupport.architecture.ServiceLayering;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/** style.md's layering rules shared by every service, and the gateway's own stricter ones. */
@AnalyzeClasses(packages = "com.secutix.payments.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceLayering.class);

    @ArchTest
    static final ArchRule the_domain_knows_no_json_library = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule use_cases_know_no_spring = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    /** The shared Ogone code (accounts, signatures) serves the features and knows none of them. */
    @ArchTest
    static final ArchRule shared_ogone_code_knows_no_feature = noClasses()
            .that().resideInAPackage("com.secutix.payments.gateway.ogone..")
            .should().dependOnClassesThat().resideInAnyPackage("com.secutix.payments.gateway.payment..",
                    "com.secutix.payments.gateway.cardentry..", "com.secutix.payments.gateway.savedcard..");

    /** Who the card-testing limits count, and how, is shared by card entry and payments and knows neither. */
    @ArchTest
    static final ArchRule shared_attempt_rules_know_no_feature = noClasses()
            .that().resideInAPackage("com.secutix.payments.gateway.attempts..")
            .should().dependOnClassesThat().resideInAnyPackage("com.secutix.payments.gateway.payment..",
                    "com.secutix.payments.gateway.cardentry..", "com.secutix.payments.gateway.savedcard..",
                    "com.secutix.payments.gateway.ogone..");

    /** What text shown to people may hold is one rule for card entry, payments and saved cards, and knows none of them. */
    @ArchTest
    static final ArchRule shared_display_text_rule_knows_no_feature = noClasses()
            .that().resideInAPackage("com.secutix.payments.gateway.displaytext..")
            .should().dependOnClassesThat().resideInAnyPackage("com.secutix.payments.gateway.payment..",
                    "com.secutix.payments.gateway.cardentry..", "com.secutix.payments.gateway.savedcard..",
                    "com.secutix.payments.gateway.ogone..", "com.secutix.payments.gateway.attempts..");

    /** The vault's saved cards are kept for payments to read; keeping them needs no payment nor card entry. */
    @ArchTest
    static final ArchRule saved_cards_know_no_other_feature = noClasses()
            .that().resideInAPackage("com.secutix.payments.gateway.savedcard..")
            .should().dependOnClassesThat().resideInAnyPackage("com.secutix.payments.gateway.payment..",
                    "com.secutix.payments.gateway.cardentry..", "com.secutix.payments.gateway.ogone..");
}
