package com.secutix.payments.pspsimulator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses SIMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.secutix.payments.pspsimulator");

    @Test
    void the_domain_is_plain_java() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "..adapter..",
                        "..application..")
                .check(SIMULATOR);
    }

    @Test
    void use_cases_do_not_know_the_adapters_nor_spring() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "org.springframework..", "reactor..")
                .check(SIMULATOR);
    }
}
