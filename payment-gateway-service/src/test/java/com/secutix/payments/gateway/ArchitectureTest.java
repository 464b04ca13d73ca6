package com.secutix.payments.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** style.md's layering rules for the gateway. */
@AnalyzeClasses(packages = "com.secutix.payments.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..",
                    "org.apache.kafka..", "..adapter..", "..application..", "com.secutix.payments.platform..",
                    "tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule application_does_not_know_adapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "org.springframework..",
                    "io.r2dbc..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule inbound_adapters_do_not_use_outbound_adapters = noClasses()
            .that().resideInAPackage("..adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.out..");

    @ArchTest
    static final ArchRule outbound_adapters_do_not_use_inbound_adapters = noClasses()
            .that().resideInAPackage("..adapter.out..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.in..");

    /** The shared Ogone code (accounts, signatures) serves the features and knows none of them. */
    @ArchTest
    static final ArchRule shared_ogone_code_knows_no_feature = noClasses()
            .that().resideInAPackage("com.secutix.payments.gateway.ogone..")
            .should().dependOnClassesThat().resideInAnyPackage("com.secutix.payments.gateway.payment..",
                    "com.secutix.payments.gateway.cardentry..");

    @ArchTest
    static final ArchRule business_code_never_imports_kafka = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..");
}
