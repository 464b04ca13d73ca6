package com.secutix.payments.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of style.md that every service holds: feature packages with a plain-Java
 * domain, use cases that know no adapter, inbound adapters that do not reach outbound ones, business
 * code that never imports Kafka, names that explain themselves. A service includes them with
 * {@code @ArchTest static final ArchTests layering = ArchTests.in(ServiceLayering.class);} and adds
 * its own. Rules about layers that do not exist yet pass, so they hold from the first class on.
 */
public final class ServiceLayering {

    @ArchTest
    static final ArchRule the_domain_is_plain_java = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..",
                    "com.secutix.payments.platform..", "..adapter..", "..application..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule use_cases_know_no_adapter = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "io.r2dbc..", "org.apache.kafka..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule inbound_adapters_do_not_reach_outbound_adapters = noClasses()
            .that().resideInAPackage("..adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.out..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule outbound_adapters_do_not_reach_inbound_adapters = noClasses()
            .that().resideInAPackage("..adapter.out..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.in..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule business_code_never_imports_kafka = noClasses()
            .that().resideOutsideOfPackage("..adapter.in.kafka..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule names_explain_themselves = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Processor")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule no_catch_all_packages = noClasses()
            .should().resideInAnyPackage("..dto..", "..common..", "..util..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllers_live_in_web_adapters = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().resideInAPackage("..adapter.in.web..")
            .allowEmptyShould(true);

    private ServiceLayering() {
    }
}
